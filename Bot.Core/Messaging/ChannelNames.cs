namespace Bot.Core.Messaging;

/// <summary>Names of the channels the bot knows. A channel name is part of every chat and identity key.</summary>
public static class ChannelNames
{
    public const string Console = "console";
    public const string Telegram = "telegram";
    public const string WeCom = "wecom";
}
