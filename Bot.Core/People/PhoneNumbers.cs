using System.Text.RegularExpressions;

namespace Bot.Core.People;

/// <summary>Mainland mobile numbers: validation and masking (138****5678).</summary>
public static partial class PhoneNumbers
{
    public static bool IsMobile(string text) => Mobile().IsMatch(Digits(text));

    /// <summary>Digits only, with a leading +86/86 removed.</summary>
    public static string Digits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var d = new string(text.Where(char.IsAsciiDigit).ToArray());
        return d.Length == 13 && d.StartsWith("86", StringComparison.Ordinal) ? d[2..] : d;
    }

    public static string Mask(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return "";
        }

        var d = Digits(phone);
        return d.Length == 11 ? $"{d[..3]}****{d[7..]}" : new string('*', d.Length);
    }

    /// <summary>Finds an unmasked mainland mobile number anywhere in a text (used by privacy checks).</summary>
    public static bool ContainsUnmasked(string text) => InText().IsMatch(text ?? "");

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex InText();
}
