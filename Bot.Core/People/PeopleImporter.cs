using System.Globalization;
using Bot.Core.Storage;
using CsvHelper;

namespace Bot.Core.People;

/// <summary>
/// Imports the roster of people from CSV (community, name, role, phone, party_member, telegram, wecom).
/// Bad rows are reported by line number and skipped; good rows are kept; importing the same file twice changes nothing.
/// </summary>
public sealed class PeopleImporter(IPeopleStore people, ICommunityStore communities, IUnitOfWork db, TimeProvider time)
{
    private const string Columns = "community,name,role,phone,party_member,telegram,wecom";

    /// <summary>
    /// Imports the rows; a row whose community does not exist is refused unless <paramref name="createCommunities"/>
    /// (a typo must not create a community residents would then be offered).
    /// </summary>
    public ImportReport Import(TextReader reader, bool createCommunities = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var report = new ImportReport();
        db.InTransaction(() => CsvImport.Read(reader, report, ["community", "name", "role"], Columns, csv => ImportRow(csv, report, createCommunities)));
        return report;
    }

    private string? ImportRow(CsvReader csv, ImportReport report, bool createCommunities)
    {
        var community = csv.GetField("community")?.Trim() ?? "";
        var name = csv.GetField("name")?.Trim() ?? "";
        var roleText = csv.GetField("role")?.Trim() ?? "";
        var phone = Field(csv, "phone");
        var party = Field(csv, "party_member");
        var telegram = Field(csv, "telegram");
        var wecom = Field(csv, "wecom");
        if (name.Length == 0)
        {
            return "name is empty";
        }

        if (ParseRole(roleText) is not { } role)
        {
            return $"role '{roleText}' is not one of resident, cadre, secretary, admin (居民/干部/书记/管理员)";
        }

        if (community.Length == 0 && role != Role.Admin)
        {
            return "community is empty";
        }

        if (phone is not null && !PhoneNumbers.IsMobile(phone))
        {
            return $"phone '{phone}' is not an 11-digit mainland mobile number";
        }

        bool? partyMember = party is null ? false : ParseBool(party);
        if (partyMember is null)
        {
            return $"party_member '{party}' should be yes/no (是/否, true/false, 1/0)";
        }

        if ((PlatformIds.TelegramProblem(telegram) ?? PlatformIds.WeComProblem(wecom)) is { } idProblem)
        {
            return idProblem;
        }

        if (community.Length > 0 && communities.FindCommunity(community) is null)
        {
            if (!createCommunities)
            {
                return CsvImport.UnknownCommunity(community);
            }

            communities.EnsureCommunity(community);
        }

        var existing = people.FindByName(name, community);
        var before = existing is null ? null : Snapshot(existing);
        var person = existing ?? new Person { Name = name, CreatedAtUtc = time.GetUtcNow().UtcDateTime };
        person.Role = role;
        person.CommunityId = community;
        person.Phone = phone ?? person.Phone;
        person.PartyMember = partyMember.Value;
        if (telegram is not null)
        {
            if (telegram.StartsWith('@'))
            {
                person.TelegramUsername = telegram.TrimStart('@');
            }
            else if (long.TryParse(telegram, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                person.TelegramUserId = telegram;
            }
            else
            {
                person.TelegramUsername = telegram;
            }
        }

        person.WeComUserId = wecom ?? person.WeComUserId;
        if (before is not null && before == Snapshot(person))
        {
            report.Unchanged++;
            return null;
        }

        people.Save(person);
        if (existing is null)
        {
            report.Added++;
        }
        else
        {
            report.Updated++;
        }

        return null;
    }

    private static string Snapshot(Person p) =>
        string.Join('\u001f', p.Role, p.CommunityId, p.Phone, p.PartyMember, p.TelegramUserId, p.TelegramUsername, p.WeComUserId);

    private static string? Field(CsvReader csv, string name) =>
        csv.TryGetField<string>(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public static Role? ParseRole(string text) => text.Trim().ToLowerInvariant() switch
    {
        "resident" or "居民" => Role.Resident,
        "cadre" or "干部" or "幹部" => Role.Cadre,
        "secretary" or "书记" or "書記" => Role.Secretary,
        "admin" or "管理员" or "管理員" => Role.Admin,
        _ => null,
    };

    private static bool? ParseBool(string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "y" or "true" or "1" or "是" or "党员" or "黨員" => true,
        "no" or "n" or "false" or "0" or "否" or "" => false,
        _ => null,
    };
}
