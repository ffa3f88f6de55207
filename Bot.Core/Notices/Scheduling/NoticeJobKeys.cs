using Quartz;

namespace Bot.Core.Notices;

/// <summary>Quartz identities of the notice jobs and triggers.</summary>
internal static class NoticeJobKeys
{
    public const string Group = "notices";
    public const string ScheduleName = "schedule";

    public static readonly JobKey Due = new("notice-due", Group);
    public static readonly JobKey Recurring = new("notice-recurring", Group);
    public static readonly JobKey Sweep = new("notice-sweep", Group);

    public static TriggerKey ForNotice(int id) => new($"notice-{id}", Group);

    public static TriggerKey ForSchedule(string name) => new($"notice-schedule-{name}", Group);
}
