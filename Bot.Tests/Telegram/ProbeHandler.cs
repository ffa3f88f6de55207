using System.Globalization;
using System.Text;
using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Tests.Telegram;

/// <summary>
/// A test-only command: <c>/probe</c> answers with a button (<c>/probe pressed</c>), <c>/probe pressed</c> says who
/// pressed it, <c>/probe echo X</c> answers <c>echo X</c>, <c>/probe long</c> answers <see cref="LongText"/>.
/// </summary>
internal sealed class ProbeHandler : ICommandHandler
{
    public static readonly string LongText = BuildLongText();

    public CommandSpec Spec { get; } = new()
    {
        Name = "probe",
        Roles = CommandSpec.Everyone,
        Description = new Text("测试", "測試", "Test probe"),
        AllowedInUnboundGroup = true,
        Hidden = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var args = context.Args;
        if (args.Length == 0)
        {
            context.Reply("probe", [[new Button("Press", "/probe pressed")]]);
        }
        else if (args == "pressed")
        {
            context.Reply($"pressed by {context.Message.SenderId} in {context.Message.Chat.ChatId}");
        }
        else if (args == "long")
        {
            context.Reply(LongText);
        }
        else
        {
            context.Reply(args);
        }
    }

    private static string BuildLongText()
    {
        var sb = new StringBuilder();
        for (var i = 1; sb.Length < 10_000; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{i:D4} 值班记录 line of the long reply").Append('\n');
        }

        return sb.ToString(0, 10_000).TrimEnd('\n');
    }
}
