using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>
/// What a command is called and who may use it. Keywords are matched after normalisation (NFKC, trimmed); a
/// Chinese keyword may be followed directly by its arguments (<c>签到3号岗</c>), a Latin one needs a space.
/// </summary>
public sealed record CommandSpec
{
    /// <summary>Canonical name, also the Latin slash command (<c>signin</c> → <c>/signin</c>).</summary>
    public required string Name { get; init; }

    public IReadOnlyList<string> Hans { get; init; } = [];

    public IReadOnlyList<string> Hant { get; init; } = [];

    public IReadOnlyList<string> English { get; init; } = [];

    /// <summary>Extra slash aliases besides <see cref="Name"/>.</summary>
    public IReadOnlyList<string> SlashAliases { get; init; } = [];

    /// <summary>Roles allowed; everyone else gets a one-line refusal.</summary>
    public required IReadOnlyList<Role> Roles { get; init; }

    /// <summary>One line for the help list and the Telegram command menu.</summary>
    public required Text Description { get; init; }

    /// <summary>Usage shown with the description, e.g. <c>签到 [点位]</c>.</summary>
    public Text? Usage { get; init; }

    /// <summary>Works in an unbound group (help, start, binding the group itself).</summary>
    public bool AllowedInUnboundGroup { get; init; }

    /// <summary>Typed during a conversation, this keyword still runs the command (cancel, help) instead of answering.</summary>
    public bool InterruptsConversation { get; init; }

    /// <summary>
    /// Typed during a conversation, this keyword runs the command and the conversation then goes on where it was
    /// (我的代购 in the middle of a purchase request); see <see cref="IResumableFlow"/>.
    /// </summary>
    public bool KeepsConversation { get; init; }

    /// <summary>Hidden from the help list (button-only commands).</summary>
    public bool Hidden { get; init; }

    public bool Allows(Role role) => Roles.Contains(role);

    public static readonly IReadOnlyList<Role> Everyone = [Role.Resident, Role.Cadre, Role.Secretary, Role.Admin];

    public static readonly IReadOnlyList<Role> Staff = [Role.Cadre, Role.Secretary, Role.Admin];

    public static readonly IReadOnlyList<Role> Secretaries = [Role.Secretary, Role.Admin];
}
