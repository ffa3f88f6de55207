using Bot.Core.Shifts;
using Quartz;

namespace Bot.Host.Scheduling.Shifts;

/// <summary>Fires one reminder of one roster entry: a single call into <see cref="ShiftReminderService"/>.</summary>
internal sealed class ShiftReminderJob(ShiftReminderService reminders) : IJob
{
    public static readonly JobKey Key = new("shift-reminder", ShiftTriggerScheduler.Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var map = context.MergedJobDataMap;
        reminders.Fire(map.GetLong("entry"), Enum.Parse<ShiftReminderKind>(map.GetString("kind")!));
        return ValueTask.CompletedTask;
    }
}
