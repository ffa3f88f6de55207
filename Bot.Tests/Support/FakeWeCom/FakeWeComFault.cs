namespace Bot.Tests.Support.FakeWeCom;

/// <summary>
/// A scripted misbehaviour for the next call to one API path: a WeCom errcode (45009, -1, 60020…), an HTTP status
/// (500…), and/or a delay before answering.
/// </summary>
public sealed record FakeWeComFault(int? ErrCode = null, int? HttpStatus = null, TimeSpan? Delay = null)
{
    public static FakeWeComFault Code(int errCode) => new(ErrCode: errCode);

    public static FakeWeComFault Status(int httpStatus) => new(HttpStatus: httpStatus);

    public static FakeWeComFault Slow(TimeSpan delay) => new(Delay: delay);
}
