namespace Bot.Tests.Support.FakeTelegram;

/// <summary>What to do instead of (or before) answering a call normally.</summary>
public enum FakeFaultKind
{
    /// <summary>Answer with a 5xx error (502 Bad Gateway) without performing the call.</summary>
    ServerError = 0,

    /// <summary>Wait <see cref="FakeFault.Delay"/> first; if the client gives up meanwhile, nothing happens.</summary>
    Delay = 1,

    /// <summary>Abort the connection without an answer and without performing the call.</summary>
    Drop = 2,
}
