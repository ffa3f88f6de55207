namespace Bot.Core.Messaging;

/// <summary>A button under a message. <see cref="Data"/> comes back as <see cref="IncomingMessage.ButtonData"/> when pressed.</summary>
public sealed record Button(string Label, string Data)
{
    /// <summary>Telegram limits callback data to 64 bytes; we hold every channel to it.</summary>
    public const int MaxDataBytes = 64;
}
