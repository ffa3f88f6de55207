using Bot.Core.Messaging;
using Bot.Host.Channels.Telegram;
using Bot.Tests.Support.FakeTelegram;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

public sealed class TelegramUpdateMapperTests
{
    private readonly TelegramBotInfo _bot = new() { Username = "CommunityHelperBot" };

    private TelegramUpdateMapper Mapper() => new(_bot, new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void PrivateText_BecomesPrivateMessage_WithHandleAndLanguage()
    {
        var m = Mapper().Map(TelegramVectors.Update("private_text_message")).Message!;

        Assert.Equal(new ChatAddress(ChannelNames.Telegram, "218485655", ChatKind.Private), m.Chat);
        Assert.Equal("218485655", m.SenderId);
        Assert.Equal("WaffleLapkin", m.SenderHandle);
        Assert.Equal("en", m.LanguageHint);
        Assert.Equal("hello there", m.Text);
        Assert.Equal("892252934", m.PlatformMessageId);
    }

    [Fact]
    public void GroupCommand_ForThisBot_HasMentionStripped()
    {
        var m = Mapper().Map(TelegramVectors.Update("group_bot_command_with_bot_username")).Message!;

        Assert.Equal(ChatKind.Group, m.Chat.Kind);
        Assert.Equal("-4012345678", m.Chat.ChatId);
        Assert.Equal("/signin morning", m.Text);
    }

    [Fact]
    public void GroupCommand_ForAnotherBot_IsIgnored()
    {
        _bot.Username = "SomeOtherBot";

        var result = Mapper().Map(TelegramVectors.Update("group_bot_command_with_bot_username"));

        Assert.Null(result.Message);
        Assert.Contains("another bot", result.Ignored, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplyThreadInPlainSupergroup_IsNotTreatedAsTopic()
    {
        var m = Mapper().Map(TelegramVectors.Update("supergroup_bot_command_reply_thread")).Message!;

        Assert.Equal(ChatKind.Group, m.Chat.Kind);
        Assert.Null(m.Chat.ThreadId);
    }

    [Fact]
    public void ForumTopicMessage_KeepsItsThread()
    {
        var m = Mapper().Map(TelegramVectors.Update("forum_supergroup_topic_message")).Message!;

        Assert.Equal("-1001847508954", m.Chat.ChatId);
        Assert.Equal("4", m.Chat.ThreadId);
    }

    [Fact]
    public void CallbackQuery_BecomesButtonData_AndAsksForAnAnswer()
    {
        var result = Mapper().Map(TelegramVectors.Update("callback_query_private_inline_keyboard"));

        Assert.Equal("1", result.CallbackQueryId);
        Assert.Equal("showAlert", result.Message!.ButtonData);
        Assert.Null(result.Message.Text);
        Assert.Equal(ChatKind.Private, result.Message.Chat.Kind);
        Assert.Equal("de", result.Message.LanguageHint);
    }

    [Fact]
    public void EditedMessage_IsIgnoredDeliberately()
    {
        var result = Mapper().Map(TelegramVectors.Update("edited_message_private"));

        Assert.Null(result.Message);
        Assert.Equal("edited message", result.Ignored);
    }

    [Fact]
    public void Location_IsCarriedOver()
    {
        var json = FakeUpdates.Text(FakeUpdates.User(7, "Li"), 7, "x");
        var message = json["message"]!.AsObject();
        message.Remove("text");
        message["location"] = new System.Text.Json.Nodes.JsonObject { ["latitude"] = 39.1186, ["longitude"] = 117.196 };
        json["update_id"] = 5;

        var m = Mapper().Map(Parse(json)).Message!;

        Assert.Equal(new GeoPoint(39.1186, 117.196), m.Location);
        Assert.Null(m.Text);
    }

    [Fact]
    public void GroupMigratedToSupergroup_ReportsBothIds()
    {
        var json = FakeUpdates.Migrated(FakeUpdates.User(7, "Li"), -4001, -1004001);
        json["update_id"] = 6;

        var result = Mapper().Map(Parse(json));

        Assert.Equal(("-4001", "-1004001"), result.Migration);
        Assert.Null(result.Message);
    }

    private static global::Telegram.Bot.Types.Update Parse(System.Text.Json.Nodes.JsonObject json) =>
        System.Text.Json.JsonSerializer.Deserialize<global::Telegram.Bot.Types.Update>(json.ToJsonString(), global::Telegram.Bot.JsonBotAPI.Options)!;
}
