namespace Bot.Tests.WeCom;

/// <summary>The WeCom host of <see cref="WeComHostFixture"/> with template cards on (the default of <c>WeCom:Cards</c>).</summary>
public sealed class WeComCardHostFixture : WeComHostFixture
{
    protected override bool Cards => true;
}
