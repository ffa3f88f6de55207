namespace Bot.Host.Channels.WeCom;

/// <summary>
/// A template card the bot sent, by its task_id, so a press (template_card_event) can be matched: to whom it went, its
/// buttons, when, and who pressed it already. A card to members may be pressed once by each of them; a card in a group
/// (intelligent bot) once in all.
/// </summary>
public sealed class WeComCardRecord
{
    /// <summary>The card's task_id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The chat it was sent to (a userid, or <c>aibot:CHATID</c>).</summary>
    public string Chat { get; set; } = "";

    /// <summary>True for a group card: one press in all.</summary>
    public bool Group { get; set; }

    /// <summary>The members it was sent to (private cards); a press by anyone else is refused.</summary>
    public List<string> Users { get; set; } = [];

    public List<WeComCardButton> Buttons { get; set; } = [];

    /// <summary>The card's main title and sub-title, to show them again when the card is replaced after a press.</summary>
    public string Title { get; set; } = "";

    public string SubTitle { get; set; } = "";

    public DateTime SentAtUtc { get; set; }

    /// <summary>Who pressed, in order.</summary>
    public List<string> PressedBy { get; set; } = [];

    /// <summary>The label each of <see cref="PressedBy"/> pressed, in the same order.</summary>
    public List<string> PressedLabels { get; set; } = [];
}
