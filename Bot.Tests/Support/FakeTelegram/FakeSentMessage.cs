using System.Text.Json.Nodes;

namespace Bot.Tests.Support.FakeTelegram;

/// <summary>A message the bot sent (sendMessage / sendDocument / sendPhoto), as the fake stored it; edits update <see cref="Text"/>.</summary>
public sealed record FakeSentMessage
{
    public required long Sequence { get; init; }

    public required int MessageId { get; init; }

    public required long ChatId { get; init; }

    public int? ThreadId { get; init; }

    public string Text { get; set; } = "";

    public JsonNode? ReplyMarkup { get; init; }

    public FakeUploadedFile? Document { get; init; }

    /// <summary>The file_id of a photo sent with sendPhoto; <see cref="Text"/> is then its caption.</summary>
    public string? Photo { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>callback_data of every inline button, row by row.</summary>
    public IReadOnlyList<string> ButtonData =>
        ReplyMarkup?["inline_keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>()).Select(b => b["callback_data"]?.GetValue<string>() ?? "").ToList()
            : [];
}
