using Bot.Core.Messaging;

namespace Bot.Core.Shifts;

/// <summary>A duty point (点位) of a community: where, what kind of post, and where a location proof must be.</summary>
internal sealed class DutyPoint
{
    /// <summary>"community/name".</summary>
    public string Id { get; set; } = "";

    public string CommunityId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Other names people use for the point (北门, 一号岗), matched like the name.</summary>
    public List<string> Aliases { get; set; } = [];

    public PostKind Kind { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Radius in metres around the coordinates within which a shared location counts as proof; null: the default.</summary>
    public int? RadiusMeters { get; set; }

    public GeoPoint? Location => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;

    public static string KeyOf(string communityId, string name) => $"{communityId}/{name}";

    /// <summary>Whether <paramref name="text"/> (normalised) names this point.</summary>
    public bool IsCalled(string text) =>
        string.Equals(Name, text, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
}
