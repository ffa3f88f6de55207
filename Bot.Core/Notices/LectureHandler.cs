using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary><c>党课 标题</c> + content lines (<c>/lecture</c>): compose an online party lecture and preview it.</summary>
internal sealed class LectureHandler(NoticeComposer composer) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "lecture",
        Hans = ["党课", "网上党课"],
        Hant = ["黨課", "網上黨課"],
        English = ["lecture"],
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.LectureDescription,
        Usage = NoticesTexts.LectureUsage,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        composer.Compose(context, NoticeKind.Lecture, context.T(NoticesTexts.LectureKeyword));
    }
}
