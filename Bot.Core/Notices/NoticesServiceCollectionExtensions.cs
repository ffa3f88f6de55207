using Bot.Core.Messaging;
using Bot.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Core.Notices;

/// <summary>Registers party lectures and bulletins: options, store, fan-out, scheduling service and commands.</summary>
public static class NoticesServiceCollectionExtensions
{
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddValidatedOptions<NoticesOptions>(NoticesOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NoticesOptions>, NoticesOptionsValidator>());
        services.TryAddSingleton<NoticeStore>();
        services.TryAddSingleton<NoticePreviewStore>();
        services.TryAddSingleton<NoticeConfirmation>();
        services.TryAddSingleton<NoticeAudienceResolver>();
        services.TryAddSingleton<NoticeMessageBuilder>();
        services.TryAddSingleton<NoticeBroadcastService>();
        services.TryAddSingleton<NoticeReminders>();
        services.TryAddSingleton<NoticeScheduleService>();
        services.TryAddSingleton<NoticeComposer>();
        services.TryAddSingleton<NoticeAckExport>();

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
        return services;
    }
}
