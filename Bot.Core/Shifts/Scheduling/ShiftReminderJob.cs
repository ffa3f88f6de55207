using Quartz;

namespace Bot.Core.Shifts;

/// <summary>
/// Fired by the trigger of one due instant: a single call into <see cref="ShiftReminderService.RunDueNow"/>, which sends
/// whatever is due by now, deciding from the roster as it is now (so a moved or cancelled shift sends nothing stale).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ShiftReminderJob(ShiftReminderService reminders) : IJob
{
    public static readonly JobKey Key = new("shift-reminder", ShiftTriggerScheduler.Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        reminders.RunDueNow();
        return ValueTask.CompletedTask;
    }
}
