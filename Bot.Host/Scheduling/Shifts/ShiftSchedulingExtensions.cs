using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Scheduling.Shifts;

public static class ShiftSchedulingExtensions
{
    /// <summary>
    /// The Quartz side of Shifts: a trigger per distinct due instant of open reminders (built at start, added to whenever the roster changes) and
    /// the daily-summary cron trigger. Needs <c>AddBotScheduling()</c> and <c>AddShifts()</c>.
    /// </summary>
    public static IServiceCollection AddShiftScheduling(this IServiceCollection services)
    {
        services.TryAddSingleton<ShiftTriggerScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ShiftTriggerScheduler>());
        services.TryAddTransient<ShiftReminderJob>();
        services.TryAddTransient<DailySummaryJob>();
        services.TryAddTransient<ShiftHorizonJob>();
        return services;
    }
}
