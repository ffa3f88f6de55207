using Bot.Core.People;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Applies <c>WeCom:Groups</c> at start: binds each robot or app group chat to its community (so features reach it via
/// <c>Messenger.ToGroup</c>), then creates app group chats that were not created before (appchat/create), once across
/// hosts (<see cref="IWeComAppChatStore.CreateOnce"/>). A failed creation is logged with its errcode and tried again at
/// the next start; sends to it fail until then.
/// </summary>
internal sealed class WeComGroupSetupService(IOptions<WeComOptions> options, ICommunityStore communities, IWeComAppChatStore chats, WeComApiClient api,
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
            // The store holds the chat id's claim (a transaction, on this thread) while WeCom creates it: hosts
            // starting together create it once, the others wait and then find it created.
            await Task.Run(() => Create(group, stoppingToken), stoppingToken).ConfigureAwait(false);
        }
    }

    private void Create(WeComGroupOptions group, CancellationToken stoppingToken)
    {
        WeComApiResult? result = null;
        var name = string.IsNullOrWhiteSpace(group.Name) ? group.Community : group.Name;
        var record = new WeComAppChatRecord { Id = group.AppChatId!, CreatedAtUtc = time.GetUtcNow().UtcDateTime };
        var created = chats.CreateOnce(record, () =>
        {
            result = api.CreateAppChatAsync(group.AppChatId!, name, group.Owner, group.Members, stoppingToken).GetAwaiter().GetResult();
            return result.Ok;
        });
        if (created == true)
        {
            logger.LogInformation("WeCom app group chat {ChatId} created for {Community}", group.AppChatId, group.Community);
        }
        else if (created == false)
        {
            logger.LogWarning("WeCom app group chat {ChatId} for {Community} not created ({Result}); will try again at next start",
                group.AppChatId, group.Community, result);
        }
    }
}
