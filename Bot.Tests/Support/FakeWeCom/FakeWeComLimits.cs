namespace Bot.Tests.Support.FakeWeCom;

/// <summary>
/// WeCom's sending limits as the fake applies them to message/send: an app may send one member at most
/// <see cref="PerMemberPerMinute"/> messages a minute and <see cref="PerMemberPerHour"/> an hour (the excess is silently
/// dropped, as WeCom does), and the app's calls beyond <see cref="CallsPerMinute"/> a minute are refused with 45009.
/// Off (null) unless set.
/// </summary>
public sealed record FakeWeComLimits
{
    public int PerMemberPerMinute { get; init; } = 30;

    public int PerMemberPerHour { get; init; } = 1000;

    /// <summary>API call frequency for message/send and appchat/send together; null for no limit.</summary>
    public int? CallsPerMinute { get; init; }

    /// <summary>WeCom's documented per-member limits, no call-frequency limit.</summary>
    public static FakeWeComLimits Real { get; } = new();
}
