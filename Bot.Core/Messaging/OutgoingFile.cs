namespace Bot.Core.Messaging;

/// <summary>A document attached to an outgoing message.</summary>
public sealed record OutgoingFile(string FileName, string ContentType, byte[] Content);
