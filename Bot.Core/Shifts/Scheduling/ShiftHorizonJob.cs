using Quartz;

namespace Bot.Core.Shifts;

/// <summary>Moves the reminder horizon on (hourly): a single call that adds the triggers now within it.</summary>
internal sealed class ShiftHorizonJob(ShiftTriggerScheduler triggers) : IJob
{
    public static readonly JobKey Key = new("shift-horizon", ShiftTriggerScheduler.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await triggers.ExtendAsync(cancellationToken).ConfigureAwait(false);
}
