namespace Bot.Host.Channels.WeCom;

/// <summary>A WeCom call that did not succeed, carrying its result (used where a value is needed, such as gettoken).</summary>
public sealed class WeComApiException : Exception
{
    public WeComApiException()
        : this(WeComApiResult.Transport("unknown"))
    {
    }

    public WeComApiException(string message)
        : this(WeComApiResult.Transport(message))
    {
    }

    public WeComApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Result = WeComApiResult.Transport(message);
    }

    public WeComApiException(WeComApiResult result)
        : base($"WeCom API call failed: {result}")
    {
        Result = result;
    }

    public WeComApiResult Result { get; }
}
