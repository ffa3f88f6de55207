using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Quartz;

namespace Bot.Bench;

/// <summary>
/// Stand-in for the Shifts reminder job until that feature is merged: fired by a real Quartz trigger at the shifts'
/// start, it enqueues one reminder per shift in one transaction (Interactive priority, DedupeKey per shift and start).
/// Replace <see cref="Execute"/>'s body with a call to the Shifts reminder service then.
/// </summary>
internal sealed class BenchReminderJob(ReminderPlan plan, BotDatabase db, IOutbox outbox) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        db.InTransaction(() =>
        {
            for (var i = 0; i < plan.Cadres.Count; i++)
            {
                var m = plan.Cadres[i];
                var chat = plan.Channel == ChannelNames.Telegram ? m.TelegramId.ToString(CultureInfo.InvariantCulture) : m.WeComId;
                outbox.Enqueue(new OutgoingMessage
                {
                    To = ChatAddress.PrivateTo(plan.Channel, chat),
                    Text = $"【上岗提醒】{m.Name}：您在{i % 430 + 1}号岗的班次现在开始，请到岗后发送“签到”。",
                    DedupeKey = $"reminder:{i}:{plan.Due.ToUnixTimeSeconds()}",
                });
            }
        });
        return ValueTask.CompletedTask;
    }
}
