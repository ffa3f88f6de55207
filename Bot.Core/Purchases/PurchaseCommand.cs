using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>What the lifecycle commands share: reading <c>12</c> / <c>#12</c> and finding the request in the sender's community.</summary>
internal static class PurchaseCommand
{
    /// <summary>Reads the request number at the start of the arguments; <paramref name="rest"/> is what follows.</summary>
    public static bool TryParseId(string args, out int id, out string rest)
    {
        var text = (args ?? "").Trim();
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ',')
        {
            end++;
        }

        rest = end < text.Length ? text[end..].Trim().TrimStart(',').Trim() : "";
        return int.TryParse(text[..end].TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }

    /// <summary>
    /// The request named in the arguments, if it belongs to the sender's community (or is the sender's own);
    /// otherwise answers with the usage or "not found" and returns null.
    /// </summary>
    public static PurchaseRequest? Find(CommandContext context, IPurchaseStore store, CommandSpec spec, out string rest)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(spec);
        if (!TryParseId(context.Args, out var id, out rest))
        {
            context.Reply(PurchasesTexts.IdUsage, Keyword(spec, context.Language));
            return null;
        }

        var request = store.Get(id);
        var visible = request is not null && (request.ResidentId == context.Person.Id
            || request.CommunityId == context.CommunityId || context.Person.Role == Role.Admin);
        if (!visible)
        {
            context.Reply(PurchasesTexts.NotFound, id);
            return null;
        }

        return request;
    }

    /// <summary>The status name, for refusals.</summary>
    public static string Status(CommandContext context, PurchaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        return PurchaseViews.StatusName(request.Status).Get(context.Language);
    }

    private static string Keyword(CommandSpec spec, Language language) => language switch
    {
        Language.ZhHans when spec.Hans.Count > 0 => spec.Hans[0],
        Language.ZhHant when spec.Hant.Count > 0 => spec.Hant[0],
        _ => "/" + spec.Name,
    };
}
