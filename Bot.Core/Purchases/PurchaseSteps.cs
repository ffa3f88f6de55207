namespace Bot.Core.Purchases;

/// <summary>The steps of the purchase conversation, as saved in <c>ConversationState.Step</c>.</summary>
internal static class PurchaseSteps
{
    public const string Items = "items";
    public const string Category = "category";
    public const string AddressConfirm = "address-confirm";
    public const string Address = "address";
    public const string PhoneConfirm = "phone-confirm";
    public const string Phone = "phone";
    public const string Window = "window";
    public const string Summary = "summary";
    public const string Edit = "edit";
}
