namespace Bot.Core.Demo;

/// <summary>
/// Options of the <c>Demo</c> section: a small community created at start so a newcomer can try every feature on the
/// console. <see cref="Seed"/> defaults to on when only the console channel runs.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Create the demo data at start (idempotent). Null: only when the console is the only channel.</summary>
    public bool? Seed { get; set; }

    public string Community { get; set; } = "静园社区";

    public DemoPerson Secretary { get; set; } = new() { Name = "张书记" };

    /// <summary>Console group chat bound as the community's cadre group (empty: none). Default 干部群.</summary>
    public string CadreGroup { get; set; } = "干部群";

    /// <summary>Console group chat bound as the community's resident group (empty: none). Default 居民群.</summary>
    public string ResidentGroup { get; set; } = "居民群";

    public List<DemoPerson> Cadres { get; set; } = [];

    public List<DemoPerson> Residents { get; set; } = [];

    public List<DemoPoint> Points { get; set; } = [];

    public List<DemoShift> Shifts { get; set; } = [];
}

public sealed class DemoPerson
{
    public string Name { get; set; } = "";

    public string? Phone { get; set; }

    public bool PartyMember { get; set; }
}

public sealed class DemoPoint
{
    public string Name { get; set; } = "";

    /// <summary>One of the six post kinds, in Chinese or English (点位值守 / point-duty …).</summary>
    public string Kind { get; set; } = "点位值守";

    public List<string> Aliases { get; set; } = [];

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public int? RadiusMeters { get; set; }
}

/// <summary>
/// A demo shift: times as offsets from the start-up time (<c>+00:30</c>, <c>-01:00</c>) or as times of day today
/// (<c>HH:mm</c>), in Bot:TimeZone.
/// </summary>
public sealed class DemoShift
{
    public string Point { get; set; } = "";

    public string Start { get; set; } = "08:00";

    public string End { get; set; } = "16:00";

    public string Cadre { get; set; } = "";
}
