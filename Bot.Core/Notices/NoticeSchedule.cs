namespace Bot.Core.Notices;

/// <summary>One recurring notice in <c>Notices:Schedules</c>.</summary>
internal sealed class NoticeSchedule
{
    /// <summary>Unique name; defaults to <c>schedule-N</c> (its position, from 1).</summary>
    public string? Name { get; set; }

    /// <summary>Quartz cron expression in <c>Bot:TimeZone</c>, e.g. <c>0 0 20 ? * FRI</c> (Fridays 20:00).</summary>
    public string Cron { get; set; } = "";

    public NoticeKind Kind { get; set; } = NoticeKind.Bulletin;

    /// <summary>Community name, or <c>*</c> for every community.</summary>
    public string Community { get; set; } = "";

    /// <summary>Title; <c>{date}</c> becomes the local date of the occurrence.</summary>
    public string Title { get; set; } = "";

    /// <summary>The content, or leave empty and set <see cref="ContentFile"/>.</summary>
    public string? Content { get; set; }

    /// <summary>A UTF-8 text file read at each occurrence (so it can be edited between issues).</summary>
    public string? ContentFile { get; set; }

    /// <summary>Audience; default <see cref="NoticesOptions.DefaultAudience"/>.</summary>
    public NoticeAudience? Audience { get; set; }

    public string NameAt(int index) => string.IsNullOrWhiteSpace(Name) ? $"schedule-{index + 1}" : Name.Trim();
}
