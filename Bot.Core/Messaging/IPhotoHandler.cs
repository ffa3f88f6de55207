namespace Bot.Core.Messaging;

/// <summary>
/// Takes a photo that came without a command (no caption, or a caption that is not a command), such as a receipt
/// sent just after <c>已买到 12</c>. Runs synchronously inside the message's transaction like a command handler.
/// </summary>
public interface IPhotoHandler
{
    /// <summary>Returns true when the photo was meant for this feature and has been dealt with (replies included).</summary>
    bool TryHandle(CommandContext context, string photo);
}
