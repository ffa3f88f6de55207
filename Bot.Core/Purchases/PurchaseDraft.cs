using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary>The answers gathered so far, read from and written to the conversation's saved data.</summary>
internal sealed class PurchaseDraft
{
    private const string ItemsKey = "items";
    private const string CategoryKey = "category";
    private const string HintKey = "hint";
    private const string BuildingKey = "building";
    private const string UnitKey = "unit";
    private const string RoomKey = "room";
    private const string PhoneKey = "phone";
    private const string WindowKey = "window";
    private const string EditingKey = "editing";

    private readonly ConversationState _state;

    public PurchaseDraft(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _state = state;
    }

    public string Items
    {
        get => _state.Get(ItemsKey) ?? "";
        set => _state.Data[ItemsKey] = value;
    }

    public PurchaseCategory Category
    {
        get => Enum.TryParse<PurchaseCategory>(_state.Get(CategoryKey), out var c) ? c : PurchaseCategory.Other;
        set => _state.Data[CategoryKey] = value.ToString();
    }

    /// <summary>The category the starting keyword implied (买药 → medicine), if any.</summary>
    public PurchaseCategory? Hint
    {
        get => Enum.TryParse<PurchaseCategory>(_state.Get(HintKey), out var c) ? c : null;
        set => Set(HintKey, value?.ToString());
    }

    public HouseholdAddress Address
    {
        get => new() { Building = _state.Get(BuildingKey) ?? "", Unit = _state.Get(UnitKey) ?? "", Room = _state.Get(RoomKey) ?? "" };
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _state.Data[BuildingKey] = value.Building;
            _state.Data[UnitKey] = value.Unit;
            _state.Data[RoomKey] = value.Room;
        }
    }

    /// <summary>11 digits, or null for none.</summary>
    public string? Phone
    {
        get => _state.Get(PhoneKey) is { Length: > 0 } p ? p : null;
        set => _state.Data[PhoneKey] = value ?? "";
    }

    public string Window
    {
        get => _state.Get(WindowKey) ?? "";
        set => _state.Data[WindowKey] = value;
    }

    /// <summary>Changing one answer from the summary: the next step is the summary again.</summary>
    public bool Editing
    {
        get => _state.Get(EditingKey) == "1";
        set => Set(EditingKey, value ? "1" : null);
    }

    private void Set(string key, string? value)
    {
        if (value is null)
        {
            _state.Data.Remove(key);
        }
        else
        {
            _state.Data[key] = value;
        }
    }
}
