namespace Bot.Core.Texts;

/// <summary>The languages user-facing text is written in.</summary>
public enum Language
{
    /// <summary>Simplified Chinese, the default.</summary>
    ZhHans = 0,

    /// <summary>Traditional Chinese.</summary>
    ZhHant = 1,

    English = 2,
}
