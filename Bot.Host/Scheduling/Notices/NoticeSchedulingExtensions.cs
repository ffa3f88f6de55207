using Bot.Core.Notices;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Host.Scheduling.Notices;

public static class NoticeSchedulingExtensions
{
    /// <summary>
    /// Notices with their Quartz jobs: scheduled and recurring notices and automatic reminders. Needs
    /// <c>AddBotScheduling()</c>; registers <c>AddNotices()</c> too.
    /// </summary>
    public static IServiceCollection AddNoticeScheduling(this IServiceCollection services)
    {
        services.AddNotices();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NoticesOptions>, NoticeCronValidator>());
        services.AddQuartz(q =>
        {
            q.AddJob<NoticeDueJob>(j => j.WithIdentity(NoticeJobKeys.Due).StoreDurably());
            q.AddJob<RecurringNoticeJob>(j => j.WithIdentity(NoticeJobKeys.Recurring).StoreDurably());
            q.AddJob<NoticeSweepJob>(j => j.WithIdentity(NoticeJobKeys.Sweep).StoreDurably());
        });
        services.AddHostedService<NoticeTriggerRegistrar>();
        return services;
    }
}
