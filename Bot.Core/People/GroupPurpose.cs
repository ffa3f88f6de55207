namespace Bot.Core.People;

/// <summary>What a bound group chat is used for.</summary>
public enum GroupPurpose
{
    /// <summary>The community's cadres and volunteers (干部群): alerts, purchase requests to claim.</summary>
    Cadres = 0,

    /// <summary>The community's residents (居民群).</summary>
    Residents = 1,
}
