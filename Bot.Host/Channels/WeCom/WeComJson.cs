using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bot.Host.Channels.WeCom;

/// <summary>JSON settings for WeCom: Chinese and punctuation unescaped, as the platform writes them.</summary>
internal static class WeComJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
