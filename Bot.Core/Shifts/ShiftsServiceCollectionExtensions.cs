using Bot.Core.Messaging;
using Bot.Core.Configuration;
using Bot.Core.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

public static class ShiftsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Shifts feature: points, roster, sign-in, handover, status, export, the reminder and daily-summary
    /// services (scheduled by the host) and the demo seeder. Call after <c>AddBotCore()</c>.
    /// </summary>
    public static IServiceCollection AddShifts(this IServiceCollection services)
    {
        services.AddValidatedOptions<ShiftsOptions>(ShiftsOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ShiftsOptions>, ShiftsOptionsValidator>());
        services.TryAddSingleton<ShiftStore>();
        services.TryAddSingleton<RosterPlanner>();
        services.TryAddSingleton<SignInRecorder>();
        services.TryAddSingleton<EarlyRelease>();
        services.TryAddSingleton<ReminderMessages>();
        services.TryAddSingleton<ShiftReminderService>();
        services.TryAddSingleton<DailySummaryService>();
        services.TryAddSingleton<AttendanceExport>();
        services.TryAddSingleton<PointsImporter>();
        services.TryAddSingleton<RosterImporter>();
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
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoSeeder, ShiftsDemoSeeder>());
        return services;
    }
}
