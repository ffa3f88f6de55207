using Bot.Core.Messaging;

namespace Bot.Host.Channels.WeCom;

/// <summary>How a document reaches a chat: the app (private chats, app groups) or a group's robot (<see cref="RobotKey"/>).</summary>
internal sealed record WeComFileRoute(string Target, string? RobotKey, ChatKind Kind);
