using Bot.Core.Configuration;
using Bot.Core.Demo;
using Bot.Core.Hosting;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

/// <summary>The Shifts feature's one public door; everything else in <c>Bot.Core.Shifts</c> is internal.</summary>
public static class ShiftsModule
{
    /// <summary>
    /// Registers the whole Shifts feature: options, points, roster, sign-in, handover, status and export commands, the
    /// reminder and daily-summary services with their Quartz jobs and trigger scheduler (a trigger per distinct due
    /// instant of open reminders, built at start and added to whenever the roster changes, and the daily-summary cron
    /// trigger), the <c>import points|roster</c> and <c>export attendance</c> verbs and the demo seeder. Call once,
    /// after <c>AddBotCore()</c>; the triggers run where <c>AddBotScheduling()</c> is registered too.
    /// </summary>
    public static IServiceCollection AddShifts(this IServiceCollection services)
    {
        services.AddValidatedOptions<ShiftsOptions>(ShiftsOptions.Section);
        services.AddSingleton<IValidateOptions<ShiftsOptions>, ShiftsOptionsValidator>();
        services.AddStore<IShiftStore, ShiftStore, PostgresShiftStore>();
        services.AddStore<IShiftReminderLog, LiteDbShiftReminderLog, PostgresShiftReminderLog>();
        services.AddSingleton<RosterPlanner>();
        services.AddSingleton<SignInRecorder>();
        services.AddSingleton<EarlyRelease>();
        services.AddSingleton<ReminderMessages>();
        services.AddSingleton<ShiftReminderService>();
        services.AddSingleton<DailySummaryService>();
        services.AddSingleton<AttendanceExport>();
        services.AddSingleton<PointsImporter>();
        services.AddSingleton<RosterImporter>();
        services.AddConversation<SignInLocationFlow>();
        services.AddCommand<SignInHandler>();
        services.AddIntents<ShiftIntents>();
        services.AddCommand<HandoverHandler>();
        services.AddCommand<TakeoverHandler>();
        services.AddCommand<StatusHandler>();
        services.AddCommand<MyShiftsHandler>();
        services.AddCommand<RosterHandler>();
        services.AddCommand<CancelRosterHandler>();
        services.AddCommand<ExportAttendanceHandler>();
        services.AddSingleton<IDemoSeeder, ShiftsDemoSeeder>();

        // Quartz: the scheduler adds the jobs and triggers itself when the host starts.
        services.AddSingleton<ShiftTriggerScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ShiftTriggerScheduler>());
        services.AddTransient<ShiftReminderJob>();
        services.AddTransient<DailySummaryJob>();
        services.AddTransient<ShiftHorizonJob>();

        services.AddSingleton<ICliVerb, ImportPointsVerb>();
        services.AddSingleton<ICliVerb, ImportRosterVerb>();
        services.AddSingleton<ICliVerb, ExportAttendanceVerb>();
        return services;
    }
}
