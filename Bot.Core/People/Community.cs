namespace Bot.Core.People;

/// <summary>A community (社区): the unit that points, rosters, groups and notices belong to.</summary>
public sealed class Community
{
    /// <summary>The community's name is its id (names are unique within a district).</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
}
