namespace Bot.Host.Channels.WeCom;

/// <summary>One button of a sent template card: what it shows and the key (the neutral button data) it answers.</summary>
public sealed class WeComCardButton
{
    public string Label { get; set; } = "";

    public string Key { get; set; } = "";
}
