using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Core.People;

/// <summary>Identifies who wrote a message, creating a resident on first contact, and answers role questions.</summary>
public sealed class PeopleService(PeopleStore store, TimeProvider time, CommunityFlow communityFlow)
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

            person ??= store.FindUnlinked(message.Channel, message.SenderId);
            person ??= message.SenderHandle is { Length: > 0 } handle && message.Channel == ChannelNames.Telegram
                ? store.FindUnlinkedByTelegramUsername(handle)
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

    /// <summary>
    /// Asks a resident to name their community, then carries out the message being handled (代购, 帮我买药) once they
    /// have: the request is remembered rather than forgotten.
    /// </summary>
    public void AskForCommunityThenResume(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (store.Communities().Count > 0)
        {
            communityFlow.Remember(context, InputNormalizer.Normalize(context.Message.ButtonData ?? context.Message.Text));
        }

        AskForCommunity(context);
    }

    /// <summary>Asks a resident to name their community, with buttons when there are few.</summary>
    public void AskForCommunity(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var communities = store.Communities();
        if (communities.Count == 0)
        {
            context.Reply(PeopleTexts.NoCommunities);
            return;
        }

        var buttons = communities.Count <= 8
            ? communities.Select(c => (IReadOnlyList<Button>)[new Button(c.Name, "/community " + c.Name)]).ToList()
            : null;
        context.Reply(context.T(PeopleTexts.PickCommunity, communities[0].Name), buttons);
    }

    public static Text RoleName(Role role) => role switch
    {
        Role.Cadre => CoreTexts.RoleCadre,
        Role.Secretary => CoreTexts.RoleSecretary,
        Role.Admin => CoreTexts.RoleAdmin,
        _ => CoreTexts.RoleResident,
    };
}
