using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging.Intents;

/// <summary>
/// One way people name a command besides its keywords (<c>打卡</c> for 签到, <c>我的订单</c> for 我的代购).
/// <paramref name="Roles"/> limits the phrase to people of those roles (a cadre's 我的订单 is their claims);
/// <paramref name="NeedsNumber"/> makes it count only next to a number (<c>我来接 12</c>).
/// </summary>
public sealed record IntentPhrase(string Command, string Phrase, Language Language, IReadOnlyList<Role>? Roles = null, bool NeedsNumber = false);
