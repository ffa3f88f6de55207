using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Tests.Support;

namespace Bot.Tests.Purchases;

/// <summary>
/// A <see cref="BotHarness"/> with the purchases feature and a small community: a resident (李姨, phone in the roster),
/// two cadres, the secretary and the cadre group.
/// </summary>
internal sealed class PurchaseBot : IDisposable
{
    public const string Resident = "李姨";
    public const string ResidentPhone = "13912345678";
    public const string Cadre = "刘丰睿";
    public const string OtherCadre = "郭洋";
    public const string Secretary = "张书记";
    public const string CadreGroup = "cadres";
    public const string ResidentGroup = "residents";

    public PurchaseBot(IDictionary<string, string?>? settings = null)
    {
        Harness = new BotHarness(services => services.AddPurchases(), settings);
        Harness.AddPerson(Resident, Role.Resident, phone: ResidentPhone);
        Harness.AddPerson(Cadre, Role.Cadre, phone: "13800002222");
        Harness.AddPerson(OtherCadre, Role.Cadre, phone: "13800003333");
        Harness.AddPerson(Secretary, Role.Secretary, phone: "13800001111");
        Harness.BindGroup(CadreGroup, GroupPurpose.Cadres);
        Harness.BindGroup(ResidentGroup, GroupPurpose.Residents);
    }

    public BotHarness Harness { get; }

    public PurchaseStore Store => Harness.Get<PurchaseStore>();

    public IReadOnlyList<OutgoingMessage> Say(string name, string text, string? group = null) => Harness.Say(name, text, group);

    public IReadOnlyList<OutgoingMessage> Press(string name, string data, string? group = null) => Harness.Press(name, data, group);

    public Person Person(string name) => Harness.People.FindByName(name)!;

    /// <summary>The step of NAME's purchase conversation in their private chat, or null when there is none.</summary>
    public string? StepOf(string name) =>
        Harness.Get<ConversationStore>().Get(ConversationState.KeyOf(ChatAddress.PrivateTo(ChannelNames.Console, name), name))?.Step;

    /// <summary>Runs the whole conversation with valid answers, whatever is remembered, and returns the new request.</summary>
    public PurchaseRequest Submit(string name = Resident, string items = "布洛芬1盒", string address = "3-2-301", string? phone = null,
        string? window = null)
    {
        Say(name, "代购 " + items);
        for (var turns = 0; StepOf(name) is { } step && turns < 12; turns++)
        {
            switch (step)
            {
                case PurchaseSteps.Category: Press(name, "药"); break;
                case PurchaseSteps.AddressConfirm: Press(name, "换"); break;
                case PurchaseSteps.Address: Say(name, address); break;
                case PurchaseSteps.PhoneConfirm: Press(name, phone is null ? "是" : "换"); break;
                case PurchaseSteps.Phone: Say(name, phone ?? "跳过"); break;
                case PurchaseSteps.Window:
                    if (window is null)
                    {
                        Press(name, "尽快");
                    }
                    else
                    {
                        Say(name, window);
                    }

                    break;
                case PurchaseSteps.Summary: Press(name, "提交"); break;
                default: throw new InvalidOperationException("unexpected step " + step);
            }
        }

        return Store.OfResident(Person(name).Id).First();
    }

    /// <summary>Texts of everything sent to group chats so far.</summary>
    public IReadOnlyList<string> GroupTexts() =>
        Harness.AllSent().Where(m => m.To.Kind == ChatKind.Group).Select(m => m.Text).ToList();

    public static IReadOnlyList<OutgoingMessage> To(IEnumerable<OutgoingMessage> sent, string chatId) =>
        sent.Where(m => m.To.ChatId == chatId).ToList();

    public static IEnumerable<string> Data(OutgoingMessage message) => message.Buttons.SelectMany(r => r).Select(b => b.Data);

    public void Dispose() => Harness.Dispose();
}
