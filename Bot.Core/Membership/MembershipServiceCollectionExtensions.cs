using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.Membership;

public static class MembershipServiceCollectionExtensions
{
    /// <summary>Registers the membership commands: invite and join, binding a group, choosing a community.</summary>
    public static IServiceCollection AddMembership(this IServiceCollection services)
    {
        services.AddStore<IInviteStore, InviteStore, PostgresInviteStore>();
        services.TryAddSingleton<CommunityPrompt>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IUnmatchedHandler, CommunityPrompt>(sp => sp.GetRequiredService<CommunityPrompt>()));
        services.AddCommand<InviteHandler>();
        services.AddCommand<JoinHandler>();
        services.AddCommand<BindGroupHandler>();
        services.AddCommand<CommunityHandler>();
        services.AddConversation<CommunityFlow>();
        return services;
    }
}
