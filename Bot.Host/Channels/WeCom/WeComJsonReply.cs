using System.Text.Json.Serialization;

namespace Bot.Host.Channels.WeCom;

/// <summary>The encrypted JSON envelope of an intelligent-bot passive reply.</summary>
internal sealed record WeComJsonReply(
    [property: JsonPropertyName("encrypt")] string Encrypt,
    [property: JsonPropertyName("msgsignature")] string MsgSignature,
    [property: JsonPropertyName("timestamp")] long Timestamp,
    [property: JsonPropertyName("nonce")] string Nonce);
