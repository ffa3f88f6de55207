using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

public sealed class PurchaseParsingTests
{
    [Theory]
    [InlineData("3-2-301", "3-2-301")]
    [InlineData("3号楼2单元301", "3-2-301")]
    [InlineData("3号楼2单元301室", "3-2-301")]
    [InlineData("３号楼２单元３０１室", "3-2-301")]
    [InlineData("3號樓2單元301", "3-2-301")]
    [InlineData("3栋2门301", "3-2-301")]
    [InlineData("3 2 301", "3-2-301")]
    [InlineData("a座1单元1202", "A-1-1202")]
    [InlineData("03-02-0301", "3-2-301")]
    public void Address_IsReadInTheUsualForms(string typed, string key) =>
        Assert.Equal(key, HouseholdAddress.TryParse(InputNormalizer.Normalize(typed))?.Key);

    [Theory]
    [InlineData("")]
    [InlineData("我家楼下")]
    [InlineData("301")]
    [InlineData("3-301")]
    [InlineData("32301")]
    [InlineData("3号楼")]
    public void Address_NotAnAddress_IsNull(string typed) =>
        Assert.Null(HouseholdAddress.TryParse(InputNormalizer.Normalize(typed)));

    [Theory]
    [InlineData("布洛芬1盒", nameof(PurchaseCategory.Medicine))]
    [InlineData("感冒灵冲剂", nameof(PurchaseCategory.Medicine))]
    [InlineData("午饭两份", nameof(PurchaseCategory.Meals))]
    [InlineData("西红柿2斤\n鸡蛋10个", nameof(PurchaseCategory.Vegetables))]
    [InlineData("eggs and milk", nameof(PurchaseCategory.Vegetables))]
    [InlineData("电池", null)]
    public void Category_IsGuessedFromTheWords(string items, string? expected) =>
        Assert.Equal(expected, PurchaseCategories.Guess(items)?.ToString());

    [Fact]
    public void ShortItems_MasksPhones_HidesAddresses_AndShortens()
    {
        var line = PurchaseViews.ShortItems("布洛芬1盒\n送到3-2-301，电话13912345678，谢谢您的帮助");

        Assert.False(PhoneNumbers.ContainsUnmasked(line));
        Assert.DoesNotContain("301", line);
        Assert.StartsWith("布洛芬1盒、送到***", line);
        Assert.EndsWith("…", line);
    }

    [Theory]
    [InlineData("12", 12, "")]
    [InlineData("#12 35.5", 12, "35.5")]
    [InlineData("12 临时有事", 12, "临时有事")]
    public void RequestNumber_IsReadWithWhatFollows(string args, int id, string rest)
    {
        Assert.True(PurchaseCommand.TryParseId(args, out var parsed, out var after));
        Assert.Equal((id, rest), (parsed, after));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("0")]
    public void RequestNumber_Invalid_IsRefused(string args) =>
        Assert.False(PurchaseCommand.TryParseId(args, out _, out _));
}
