namespace Bot.Core.Purchases;

/// <summary>What is to be bought: the seed's 送菜、送饭、送药 plus anything else.</summary>
internal enum PurchaseCategory
{
    Vegetables = 0,
    Meals = 1,
    Medicine = 2,
    Other = 3,
}
