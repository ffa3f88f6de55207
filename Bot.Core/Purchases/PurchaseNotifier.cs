using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// Tells everyone concerned about a change: the resident, the claimer (privately) and the community's cadre groups.
/// Group messages are built only from <see cref="PurchaseViews.PublicLine"/> and numbers, never from the address or phone.
/// </summary>
internal sealed class PurchaseNotifier(IPeopleStore people, ICommunityStore communities, IPurchaseHouseholdStore households, Messenger messenger)
{
    /// <summary>Groups have no language of their own; they read the default.</summary>
    private const Language GroupLanguage = Language.ZhHans;

    public void Posted(PurchaseRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        ToGroups(r, PurchasesTexts.GroupNew.Format(GroupLanguage, PublicLine(r), PurchaseViews.Clean(r.TimeWindow)), ClaimButton(r));
    }

    public void Claimed(PurchaseRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (Person(r.ClaimerId) is { } claimer)
        {
            var lang = claimer.Language;
            messenger.ToPerson(claimer, PurchasesTexts.ClaimedForClaimer.Format(lang, PurchaseViews.Details(r, lang, showPrivate: true), r.Id),
                [[new Button(PurchasesTexts.ButtonBought.Get(lang), $"/bought {r.Id}"), new Button(PurchasesTexts.ButtonRelease.Get(lang), $"/release {r.Id}")]]);
        }

        ToResident(r, lang => PurchasesTexts.ClaimedResident.Format(lang, r.Id, r.ClaimerName));
        ToGroups(r, PurchasesTexts.ClaimedGroup.Format(GroupLanguage, r.Id, r.ClaimerName));
    }

    public void Released(PurchaseRequest r, string reason)
    {
        ArgumentNullException.ThrowIfNull(r);
        ToResident(r, lang => PurchasesTexts.ReleasedResident.Format(lang, r.Id));
        ToGroups(r, PurchasesTexts.ReleasedGroup.Format(GroupLanguage, PublicLine(r), PurchaseViews.Clean(reason)), ClaimButton(r));
    }

    public void Bought(PurchaseRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        ToResident(r, lang => PurchasesTexts.BoughtResident.Format(lang, r.Id, AmountPart(r, lang)));
    }

    public void Delivered(PurchaseRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (Person(r.ResidentId) is { } resident)
        {
            var lang = resident.Language;
            messenger.ToPerson(resident, PurchasesTexts.DeliveredResident.Format(lang, r.Id, AmountPart(r, lang)),
                [[new Button(PurchasesTexts.ButtonReceived.Get(lang), $"/received {r.Id}")]]);
        }

        ToGroups(r, PurchasesTexts.DeliveredGroup.Format(GroupLanguage, r.Id));
    }

    /// <summary>Forwards a receipt or delivery photo to the resident, privately: photos never go to a group.</summary>
    public void PhotoAttached(PurchaseRequest r, PurchasePhotoKind kind)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.PhotoOf(kind) is not { } photo || Person(r.ResidentId) is not { } resident)
        {
            return;
        }

        var lang = resident.Language;
        var caption = kind == PurchasePhotoKind.Receipt ? PurchasesTexts.ReceiptPhotoCaption : PurchasesTexts.DeliveryPhotoCaption;
        var elsewhere = kind == PurchasePhotoKind.Receipt ? PurchasesTexts.ReceiptPhotoElsewhere : PurchasesTexts.DeliveryPhotoElsewhere;
        messenger.PhotoToPerson(resident, photo.Channel, photo.Ref, caption.Format(lang, r.Id), elsewhere.Format(lang, r.Id));
    }

    public void Confirmed(PurchaseRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (Person(r.ClaimerId) is { } claimer)
        {
            messenger.ToPerson(claimer, PurchasesTexts.ConfirmedClaimer.Format(claimer.Language, r.Id));
        }
    }

    public void Cancelled(PurchaseRequest r, string? claimerId)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (Person(claimerId) is { } claimer)
        {
            messenger.ToPerson(claimer, PurchasesTexts.CancelledClaimer.Format(claimer.Language, r.Id));
        }

        ToGroups(r, PurchasesTexts.CancelledGroup.Format(GroupLanguage, r.Id));
    }

    public void AutoClosed(PurchaseRequest r, TimeSpan after)
    {
        ArgumentNullException.ThrowIfNull(r);
        ToResident(r, lang => PurchasesTexts.AutoClosedResident.Format(lang, r.Id, PurchaseViews.Duration(after, lang)));
    }

    /// <summary>The line groups see, marked when the household is a priority one.</summary>
    public string PublicLine(PurchaseRequest r, Language language = GroupLanguage)
    {
        ArgumentNullException.ThrowIfNull(r);
        return PurchaseViews.PublicLine(r, language, households.IsPriority(r.HouseholdKey));
    }

    public static IReadOnlyList<IReadOnlyList<Button>> ClaimButton(PurchaseRequest r, Language language = GroupLanguage)
    {
        ArgumentNullException.ThrowIfNull(r);
        return [[new Button(PurchasesTexts.ButtonClaim.Get(language), $"/claim {r.Id}")]];
    }

    /// <summary>Sends to every cadre group of the request's community; returns how many took it.</summary>
    public int ToGroups(PurchaseRequest r, string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null,
        MessagePriority priority = MessagePriority.Interactive, Func<GroupBinding, string>? dedupeKey = null)
    {
        ArgumentNullException.ThrowIfNull(r);
        var sent = 0;
        foreach (var group in communities.GroupsOf(r.CommunityId, GroupPurpose.Cadres))
        {
            if (messenger.ToGroup(group, text, buttons, priority, dedupeKey?.Invoke(group)))
            {
                sent++;
            }
        }

        return sent;
    }

    private void ToResident(PurchaseRequest r, Func<Language, string> text)
    {
        if (Person(r.ResidentId) is { } resident)
        {
            messenger.ToPerson(resident, text(resident.Language));
        }
    }

    private Person? Person(string? id) => string.IsNullOrEmpty(id) ? null : people.Get(id);

    public static string AmountPart(PurchaseRequest r, Language lang)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Amount is { } a
            ? PurchasesTexts.AmountPart.Format(lang, a.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture))
            : "";
    }
}
