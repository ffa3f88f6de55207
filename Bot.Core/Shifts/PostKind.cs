namespace Bot.Core.Shifts;

/// <summary>The six kinds of post (岗位) of the 2020 practice.</summary>
internal enum PostKind
{
    /// <summary>点位值守: guarding an entrance or checkpoint.</summary>
    PointDuty = 0,

    /// <summary>病毒消杀: disinfection.</summary>
    Disinfection = 1,

    /// <summary>防控宣传: publicity.</summary>
    Publicity = 2,

    /// <summary>重点人防控: key-person control.</summary>
    KeyPerson = 3,

    /// <summary>环境清整: environment clean-up.</summary>
    Environment = 4,

    /// <summary>后勤保障: logistics.</summary>
    Logistics = 5,
}
