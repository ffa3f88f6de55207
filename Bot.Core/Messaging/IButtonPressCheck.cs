namespace Bot.Core.Messaging;

/// <summary>
/// A channel's own check of a button press, for channels whose buttons live on (e.g. a WeCom template card that must
/// be pressed once, by its addressee, before it expires). Runs inside the message's transaction, so whatever it
/// records commits together with the handling.
/// </summary>
public interface IButtonPressCheck
{
    /// <summary>
    /// Before the press is routed: true when the press is refused (the check has replied, and nothing else happens),
    /// false to go on.
    /// </summary>
    bool Refuse(CommandContext context);

    /// <summary>After the press was handled by a command or a conversation (not when refused by role or not understood).</summary>
    void Handled(CommandContext context);
}
