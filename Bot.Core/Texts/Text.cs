using System.Globalization;
using Bot.Core.People;

namespace Bot.Core.Texts;

/// <summary>
/// One user-facing text in the three languages. Features keep theirs as static fields of a <c>XxxTexts</c> class
/// in their own folder; the field name is the key. Placeholders are composite-format holes: <c>{0}</c>.
/// </summary>
public sealed record Text(string ZhHans, string ZhHant, string En)
{
    public string Get(Language language) => language switch
    {
        Language.ZhHant => ZhHant,
        Language.English => En,
        _ => ZhHans,
    };

    public string Format(Language language, params object?[] args) =>
        args.Length == 0 ? Get(language) : string.Format(CultureInfo.InvariantCulture, Get(language), args);
}
