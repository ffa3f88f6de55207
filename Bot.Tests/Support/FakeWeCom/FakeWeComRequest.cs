using System.Text.Json;

namespace Bot.Tests.Support.FakeWeCom;

/// <summary>One call the fake WeCom API answered successfully: its path, query, JSON body and when it arrived.</summary>
public sealed record FakeWeComRequest(string Path, IReadOnlyDictionary<string, string> Query, JsonElement Body, DateTimeOffset At = default)
{
    public string Str(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString()! : v.ToString() : "";

    /// <summary>image.media_id of an image message, or "".</summary>
    public string MediaId =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("image", out var i) && i.TryGetProperty("media_id", out var m)
            ? m.GetString() ?? "" : "";

    /// <summary>file.media_id of a file message, or "".</summary>
    public string FileMediaId =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("file", out var f) && f.TryGetProperty("media_id", out var m)
            ? m.GetString() ?? "" : "";

    /// <summary>text.content or markdown.content.</summary>
    public string Content =>
        Body.TryGetProperty("text", out var t) ? t.GetProperty("content").GetString()!
        : Body.TryGetProperty("markdown", out var m) ? m.GetProperty("content").GetString()! : "";
}
