using Bot.Core.People;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Applies <c>WeCom:Groups</c> at start: binds each robot or app group chat to its community (so features reach it via
/// <c>Messenger.ToGroup</c>), then creates app group chats that were not created before (appchat/create). A failed
/// creation is logged with its errcode and tried again at the next start; sends to it fail until then.
/// </summary>
internal sealed class WeComGroupSetupService(IOptions<WeComOptions> options, ICommunityStore communities, IWeComAppChatStore created, WeComApiClient api,
    TimeProvider time, ILogger<WeComGroupSetupService> logger) : BackgroundService
{
    private readonly WeComOptions _options = options.Value;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var group in _options.Groups)
        {
            communities.EnsureCommunity(group.Community);
            communities.BindGroup(new Bot.Core.People.GroupBinding
            {
                Channel = Bot.Core.Messaging.ChannelNames.WeCom,
                ChatId = group.ChatId,
                CommunityId = group.Community,
                Purpose = group.Purpose,
                BoundBy = "config:WeCom:Groups",
                BoundAtUtc = time.GetUtcNow().UtcDateTime,
            });
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var group in _options.Groups.Where(g => !string.IsNullOrWhiteSpace(g.AppChatId)))
        {
            if (created.Find(group.AppChatId!) is not null)
            {
                continue;
            }

            var name = string.IsNullOrWhiteSpace(group.Name) ? group.Community : group.Name;
            var result = await api.CreateAppChatAsync(group.AppChatId!, name, group.Owner, group.Members, stoppingToken).ConfigureAwait(false);
            if (result.Ok)
            {
                created.Save(new WeComAppChatRecord { Id = group.AppChatId!, CreatedAtUtc = time.GetUtcNow().UtcDateTime });
                logger.LogInformation("WeCom app group chat {ChatId} created for {Community}", group.AppChatId, group.Community);
            }
            else
            {
                logger.LogWarning("WeCom app group chat {ChatId} for {Community} not created ({Result}); will try again at next start",
                    group.AppChatId, group.Community, result);
            }
        }
    }
}
