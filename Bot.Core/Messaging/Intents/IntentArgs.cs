namespace Bot.Core.Messaging.Intents;

/// <summary>How a command's arguments are read from a sentence that names it somewhere other than at the start.</summary>
public enum IntentArgs
{
    /// <summary>Whatever is left once the phrase and filler words are removed (items to buy, a handover note).</summary>
    Rest = 0,

    /// <summary>No arguments: anything left over besides filler words lowers the confidence.</summary>
    None = 1,

    /// <summary>A request number (12, #12, 12号, 十二) wherever it stands, then the rest (an amount, a reason).</summary>
    Number = 2,

    /// <summary>A place such as a duty point (一号岗 → 1号岗): the rest with Chinese numerals read as digits.</summary>
    Place = 3,
}
