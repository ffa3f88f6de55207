using Bot.Tests.Support.FakeTelegram;

namespace Bot.Tests.Telegram;

public sealed class BotApiSpecTests
{
    public static TheoryData<string> SampleNames() => new(TelegramVectors.Names);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void SampleUpdate_ConformsToSpec(string name)
    {
        Assert.Empty(BotApiSpec.Instance.CheckType("Update", TelegramVectors.Json(name)));
    }

    [Fact]
    public void FakeUpdateBuilders_ConformToSpec()
    {
        var user = FakeUpdates.User(42, "Li", "li_yi");
        var updates = new[]
        {
            FakeUpdates.Text(user, 42, "帮助"),
            FakeUpdates.Text(user, -1001234, "/help@DutyTestBot", topic: 7),
            FakeUpdates.Callback(user, 42, 100, "/probe yes"),
            FakeUpdates.Migrated(user, -4001, -1004001),
        };

        foreach (var u in updates)
        {
            u["update_id"] = 1;
            Assert.Empty(BotApiSpec.Instance.CheckType("Update", u));
        }
    }

    [Fact]
    public void Checker_FindsUnknownAndMissingFieldsAndWrongTypes()
    {
        var bad = new System.Text.Json.Nodes.JsonObject { ["chat_id"] = 1, ["txt"] = "x", ["message_thread_id"] = "seven" };

        var problems = BotApiSpec.Instance.CheckRequest("sendMessage", bad);

        Assert.Contains(problems, p => p.Contains("txt: not in the spec", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("text: required but missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("message_thread_id: expected Integer", StringComparison.Ordinal));
    }
}
