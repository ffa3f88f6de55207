using Bot.Core.Configuration;
using Bot.Core.Hosting;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Core.Notices;

/// <summary>The Notices feature's one public door; everything else in <c>Bot.Core.Notices</c> is internal.</summary>
public static class NoticesModule
{
    /// <summary>
    /// Registers the whole Notices feature (party lectures and bulletins): options with their cron check, store,
    /// fan-out, scheduling service and commands, the Quartz jobs of scheduled and recurring notices and automatic
    /// reminders with the hosted service that builds their triggers, and the <c>export acks</c> verb. Call once, after
    /// <c>AddBotCore()</c>; the triggers run where <c>AddBotScheduling()</c> is registered too.
    /// </summary>
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddValidatedOptions<NoticesOptions>(NoticesOptions.Section);
        services.AddSingleton<IValidateOptions<NoticesOptions>, NoticesOptionsValidator>();
        services.AddSingleton<IValidateOptions<NoticesOptions>, NoticeCronValidator>();
        services.AddStore<INoticeStore, NoticeStore, PostgresNoticeStore>();
        services.AddStore<INoticePreviewStore, NoticePreviewStore, PostgresNoticePreviewStore>();
        services.AddSingleton<NoticeConfirmation>();
        services.AddSingleton<NoticeAudienceResolver>();
        services.AddSingleton<NoticeMessageBuilder>();
        services.AddSingleton<NoticeBroadcastService>();
        services.AddSingleton<NoticeReminders>();
        services.AddSingleton<NoticeScheduleService>();
        services.AddSingleton<NoticeComposer>();
        services.AddSingleton<NoticeAckExport>();

        services.AddCommand<LectureHandler>();
        services.AddIntents<NoticeIntents>();
        services.AddCommand<BulletinHandler>();
        services.AddCommand<NoticeSendHandler>();
        services.AddCommand<NoticeCancelHandler>();
        services.AddCommand<NoticeAudienceHandler>();
        services.AddCommand<ScheduleNoticeHandler>();
        services.AddCommand<ScheduledListHandler>();
        services.AddCommand<UnscheduleHandler>();
        services.AddCommand<AcknowledgeHandler>();
        services.AddCommand<ReadStatsHandler>();
        services.AddCommand<RemindUnreadHandler>();
        services.AddCommand<NoticeListHandler>();
        services.AddCommand<ExportAcksHandler>();

        services.AddQuartz(q =>
        {
            q.AddJob<NoticeDueJob>(j => j.WithIdentity(NoticeJobKeys.Due).StoreDurably());
            q.AddJob<RecurringNoticeJob>(j => j.WithIdentity(NoticeJobKeys.Recurring).StoreDurably());
            q.AddJob<NoticeSweepJob>(j => j.WithIdentity(NoticeJobKeys.Sweep).StoreDurably());
        });
        services.AddHostedService<NoticeTriggerRegistrar>();

        services.AddSingleton<ICliVerb, ExportAcksVerb>();
        return services;
    }
}
