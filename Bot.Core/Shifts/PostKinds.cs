using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary>Reads a post kind from what people write (简/繁/English) and names it.</summary>
internal static class PostKinds
{
    public static PostKind? Parse(string? text)
    {
        var t = (text ?? "").Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return t switch
        {
            "" or "点位值守" or "點位值守" or "值守" or "point-duty" or "pointduty" or "point" => PostKind.PointDuty,
            "病毒消杀" or "病毒消殺" or "消杀" or "消殺" or "disinfection" => PostKind.Disinfection,
            "防控宣传" or "防控宣傳" or "宣传" or "宣傳" or "publicity" => PostKind.Publicity,
            "重点人防控" or "重點人防控" or "重点人" or "重點人" or "key-person" or "keyperson" or "key-person-control" => PostKind.KeyPerson,
            "环境清整" or "環境清整" or "环境" or "環境" or "environment" => PostKind.Environment,
            "后勤保障" or "後勤保障" or "后勤" or "後勤" or "logistics" => PostKind.Logistics,
            _ => null,
        };
    }

    public static Text Name(PostKind kind) => kind switch
    {
        PostKind.Disinfection => ShiftsTexts.KindDisinfection,
        PostKind.Publicity => ShiftsTexts.KindPublicity,
        PostKind.KeyPerson => ShiftsTexts.KindKeyPerson,
        PostKind.Environment => ShiftsTexts.KindEnvironment,
        PostKind.Logistics => ShiftsTexts.KindLogistics,
        _ => ShiftsTexts.KindPointDuty,
    };
}
