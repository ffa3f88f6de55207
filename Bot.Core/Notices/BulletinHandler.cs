using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary><c>知情 标题</c> + content lines (<c>/bulletin</c>): compose the party-member bulletin and preview it.</summary>
internal sealed class BulletinHandler(NoticeComposer composer) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "bulletin",
        Hans = ["知情", "党员知情"],
        Hant = ["知情", "黨員知情"],
        English = ["bulletin"],
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.BulletinDescription,
        Usage = NoticesTexts.BulletinUsage,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        composer.Compose(context, NoticeKind.Bulletin, context.T(NoticesTexts.BulletinKeyword));
    }
}
