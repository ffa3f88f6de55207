using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Tests.Support.FakeWeCom;

/// <summary>
/// Template cards (msgtype template_card, card_type button_interaction) checked against WeCom's documented field names
/// and limits, the ResponseCodes a press hands out (single use) and message/update_template_card.
/// </summary>
public sealed partial class FakeWeComApi
{
    /// <summary>A stand-in errcode for a bad template card field (WeCom answers a 4xxxx "invalid parameter" family code).</summary>
    public const int InvalidCard = 40058;

    /// <summary>A stand-in errcode for a ResponseCode that is unknown, used already or not the presser's.</summary>
    public const int InvalidResponseCode = 40096;

    private static readonly HashSet<string> CardFields = new(StringComparer.Ordinal)
    {
        "card_type", "source", "action_menu", "main_title", "quote_area", "sub_title_text", "horizontal_content_list",
        "card_action", "task_id", "button_selection", "button_list", "emphasis_content", "jump_list", "vertical_content_list",
    };

    private readonly ConcurrentDictionary<string, FakeWeComCard> _cards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string TaskId, string User)> _responseCodes = new(StringComparer.Ordinal);
    private int _responseCounter;

    /// <summary>Cards accepted, by task_id.</summary>
    public IReadOnlyList<FakeWeComCard> Cards => _cards.Values.ToArray();

    /// <summary>The newest card sent to <paramref name="to"/> (a userid among touser, or an intelligent-bot response_code), if any.</summary>
    public FakeWeComCard? LastCardTo(string to) =>
        Requests.Where(r => r.Body.TryGetProperty("template_card", out _) && (r.Str("touser").Split('|').Contains(to)
                || r.Query.GetValueOrDefault("response_code") == to))
            .Select(r => _cards.GetValueOrDefault(r.Body.GetProperty("template_card").GetProperty("task_id").GetString() ?? ""))
            .LastOrDefault(c => c is not null);

    /// <summary>The ResponseCode WeCom puts in the template_card_event of <paramref name="user"/> pressing card <paramref name="taskId"/>.</summary>
    public string IssueResponseCode(string taskId, string user)
    {
        var code = "rc" + Interlocked.Increment(ref _responseCounter).ToString(CultureInfo.InvariantCulture) + "_" + taskId[..Math.Min(8, taskId.Length)];
        _responseCodes[code] = (taskId, user);
        return code;
    }

    /// <summary>Null when the body's template_card is what WeCom documents; else the error WeCom would answer.</summary>
    private IResult? CheckCard(FakeWeComRequest call, string to)
    {
        if (!call.Body.TryGetProperty("template_card", out var card) || card.ValueKind != JsonValueKind.Object)
        {
            return call.Str("msgtype") == "template_card" ? Error(InvalidCard, "template_card missing") : null;
        }

        if (call.Str("msgtype") != "template_card")
        {
            return Error(InvalidCard, "template_card given but msgtype is " + call.Str("msgtype"));
        }

        if (CardProblem(card, to) is { } problem)
        {
            return Error(InvalidCard, problem);
        }

        var parsed = Parse(card, to);
        return _cards.TryAdd(parsed.TaskId, parsed) ? null : Error(InvalidCard, "task_id used already");
    }

    /// <summary>
    /// What is wrong with a button_interaction template card by WeCom's documented fields (card_type, main_title.title or
    /// sub_title_text, task_id of 1..128 [A-Za-z0-9_-@], button_list of 1..6 buttons with text, key ≤ 1,024 bytes,
    /// style 1..4, no unknown fields), or null.
    /// </summary>
    public static string? CardProblem(JsonElement card, string to)
    {
        var unknown = card.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !CardFields.Contains(n));
        if (unknown is not null)
        {
            return "unknown template_card field " + unknown;
        }

        if (Str(card, "card_type") != "button_interaction")
        {
            return "card_type must be button_interaction here";
        }

        var title = card.TryGetProperty("main_title", out var main) && main.ValueKind == JsonValueKind.Object ? Str(main, "title") : "";
        if (title.Length == 0 && Str(card, "sub_title_text").Length == 0)
        {
            return "main_title.title or sub_title_text required";
        }

        if (!TaskIdPattern().IsMatch(Str(card, "task_id")))
        {
            return "task_id must be 1..128 of [A-Za-z0-9_-@]";
        }

        if (!card.TryGetProperty("button_list", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() is 0 or > 6)
        {
            return "button_list must hold 1..6 buttons";
        }

        foreach (var b in list.EnumerateArray())
        {
            var key = Str(b, "key");
            var styleOk = !b.TryGetProperty("style", out var style) || (style.TryGetInt32(out var s) && s is >= 1 and <= 4);
            if (Str(b, "text").Length == 0 || key.Length == 0 || Encoding.UTF8.GetByteCount(key) > 1024 || !styleOk
                || b.EnumerateObject().Any(p => p.Name is not ("text" or "style" or "key" or "type" or "url")))
            {
                return "button needs text, key (≤1024 bytes) and style 1..4";
            }
        }

        return to is null ? "no addressee" : null;
    }

    /// <summary>A checked card as the record tests read.</summary>
    public static FakeWeComCard Parse(JsonElement card, string to) =>
        new(Str(card, "task_id"), to,
            card.TryGetProperty("main_title", out var main) && main.ValueKind == JsonValueKind.Object ? Str(main, "title") : "",
            Str(card, "sub_title_text"),
            card.GetProperty("button_list").EnumerateArray().Select(b => (Str(b, "text"), Str(b, "key"))).ToList());

    private IResult UpdateTemplateCard(FakeWeComRequest call)
    {
        var code = call.Str("response_code");
        var users = call.Body.TryGetProperty("userids", out var u) && u.ValueKind == JsonValueKind.Array
            ? u.EnumerateArray().Select(x => x.GetString() ?? "").ToArray()
            : [];
        var replace = call.Body.TryGetProperty("button", out var button) && button.ValueKind == JsonValueKind.Object ? Str(button, "replace_name") : "";
        if (!call.Body.TryGetProperty("agentid", out var agent) || !agent.TryGetInt64(out _))
        {
            return Error(InvalidCard, "agentid required");
        }

        if (replace.Length == 0 && !call.Body.TryGetProperty("template_card", out _))
        {
            return Error(InvalidCard, "button.replace_name or template_card required");
        }

        if (!_responseCodes.TryRemove(code, out var issued) || !users.Contains(issued.User))
        {
            return Error(InvalidResponseCode, "invalid response_code");
        }

        return Accept(call);
    }

    private static string Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    [GeneratedRegex("^[A-Za-z0-9_@-]{1,128}$")]
    private static partial Regex TaskIdPattern();
}
