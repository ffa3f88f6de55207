using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary>The text, acknowledgement button and optional document of one notice in one language.</summary>
internal sealed record NoticeMessage(string Text, IReadOnlyList<IReadOnlyList<Button>> Buttons, OutgoingFile? File);
