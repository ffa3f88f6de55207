namespace Bot.Tests.Support.FakeTelegram;

/// <summary>A file part of a multipart Bot API call.</summary>
public sealed record FakeUploadedFile(string Field, string FileName, byte[] Content);
