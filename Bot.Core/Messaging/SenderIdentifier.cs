using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>The pipeline's first step: who wrote a message, creating a resident on first contact.</summary>
public sealed class SenderIdentifier(IPeopleStore store, TimeProvider time)
{
    /// <summary>
    /// The person behind a message: a linked account; else an imported person matched by console name, Telegram
    /// user id or @username, or WeCom userid (linked now); else a new resident (community inherited from a bound group).
    /// </summary>
    public Person Identify(IncomingMessage message, GroupBinding? group)
    {
        ArgumentNullException.ThrowIfNull(message);
        var person = store.FindByIdentity(message.Channel, message.SenderId);
        var changed = false;
        if (person is null)
        {
            person = message.Channel == ChannelNames.Console ? store.FindByName(message.SenderId) : null;
            if (person is not null && person.IdentityOn(ChannelNames.Console) is not null)
            {
                person = null;
            }

            person ??= FindUnlinked(message.Channel, message.SenderId);
            person ??= message.SenderHandle is { Length: > 0 } handle && message.Channel == ChannelNames.Telegram
                ? store.WithTelegramUsername(handle).FirstOrDefault(p => p.IdentityOn(ChannelNames.Telegram) is null)
                : null;
            person ??= new Person
            {
                Name = string.IsNullOrWhiteSpace(message.SenderName) ? message.SenderId : message.SenderName,
                Role = Role.Resident,
                CreatedAtUtc = time.GetUtcNow().UtcDateTime,
                Language = Languages.FromHint(message.LanguageHint) ?? Language.ZhHans,
            };
            person.IdentityKeys.Add($"{message.Channel}:{message.SenderId}");
            changed = true;
        }

        if (person.Role == Role.Resident && string.IsNullOrEmpty(person.CommunityId) && group is not null)
        {
            person.CommunityId = group.CommunityId;
            changed = true;
        }

        if (person.LastChannel != message.Channel)
        {
            person.LastChannel = message.Channel;
            changed = true;
        }

        if (changed)
        {
            store.Save(person);
        }

        return person;
    }

    /// <summary>An imported person whose account on <paramref name="channel"/> is <paramref name="userId"/>.</summary>
    private Person? FindUnlinked(string channel, string userId) => channel switch
    {
        ChannelNames.Telegram => store.FindByTelegramUserId(userId),
        ChannelNames.WeCom => store.FindByWeComUserId(userId),
        _ => null,
    };
}
