namespace Bot.Host.Channels.WeCom;

/// <summary>A callback failed a crypto check; <see cref="Error"/> carries the documented -400xx code.</summary>
public sealed class WeComCryptoException : Exception
{
    public WeComCryptoException()
        : this(WeComCryptoError.IllegalBuffer)
    {
    }

    public WeComCryptoException(string message)
        : base(message)
    {
        Error = WeComCryptoError.IllegalBuffer;
    }

    public WeComCryptoException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = WeComCryptoError.IllegalBuffer;
    }

    public WeComCryptoException(WeComCryptoError error, Exception? inner = null)
        : base($"WeCom callback crypto error {(int)error} ({error})", inner)
    {
        Error = error;
    }

    public WeComCryptoError Error { get; }

    /// <summary>The numeric code, e.g. -40001.</summary>
    public int Code => (int)Error;
}
