using Bot.Core.People;

namespace Bot.Core.Texts;

/// <summary>Maps platform language hints and user choices to <see cref="Language"/>.</summary>
public static class Languages
{
    /// <summary>Telegram's language_code (IETF tag) or a similar hint; null when it says nothing useful.</summary>
    public static Language? FromHint(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }

        var h = hint.Trim().ToLowerInvariant();
        if (h.StartsWith("zh-hant", StringComparison.Ordinal) || h is "zh-tw" or "zh-hk" or "zh-mo")
        {
            return Language.ZhHant;
        }

        if (h.StartsWith("zh", StringComparison.Ordinal))
        {
            return Language.ZhHans;
        }

        return h.StartsWith("en", StringComparison.Ordinal) ? Language.English : null;
    }

    /// <summary>A person's own words for a language: 简体/簡體/中文, 繁体/繁體, English/英文.</summary>
    public static Language? FromWord(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        return w switch
        {
            "简体" or "簡體" or "简体中文" or "簡體中文" or "中文" or "zh" or "zh-hans" or "简" or "簡" => Language.ZhHans,
            "繁体" or "繁體" or "繁体中文" or "繁體中文" or "zh-hant" or "繁" => Language.ZhHant,
            "english" or "en" or "英文" or "英语" or "英語" => Language.English,
            _ => null,
        };
    }
}
