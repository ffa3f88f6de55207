using Bot.Core.Messaging;
using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

/// <summary>
/// What is not a location while a sign-in waits for one goes back to the pipeline, which applies its usual checks:
/// the flow never runs a command past them.
/// </summary>
public sealed class SignInLocationFlowTests : IDisposable
{
    private static readonly DateOnly Day3 = new(2026, 3, 3);
    private readonly ShiftsWorld _w = new();

    [Fact]
    public void InAGroup_ANearMissWhileWaiting_IsLeftAlone_AsItWouldBeWithoutTheWait()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 7, 55);
        // Outside any conversation, a near miss of 我的班次 among colleagues is not acted on.
        Assert.Empty(_w.H.Say(Liu, "我的班此", CadresGroup));
        Assert.NotEmpty(_w.H.Say(Liu, "签到", CadresGroup));

        var replies = _w.H.Say(Liu, "我的班此", CadresGroup);

        Assert.Empty(replies);
        // The wait is over, as for anything else that is not a location.
        var key = ConversationState.KeyOf(new ChatAddress(ChannelNames.Console, CadresGroup, ChatKind.Group), Liu);
        Assert.Null(_w.H.Get<ConversationStore>().Get(key));
    }

    [Fact]
    public void InAGroupUnboundMeanwhile_ACommandWhileWaiting_GetsTheUnboundGroupAnswer()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 7, 55);
        _w.H.Say(Liu, "签到", CadresGroup);
        _w.H.Communities.UnbindGroup(ChannelNames.Console, CadresGroup);

        var reply = Assert.Single(_w.H.Say(Liu, "我的班次", CadresGroup));

        Assert.Equal(CoreTexts.UnboundGroup.ZhHans, reply.Text);
    }

    [Fact]
    public void InPrivate_ACommandWhileWaiting_StillRuns()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 7, 55);
        _w.H.Say(Liu, "签到");

        var reply = Assert.Single(_w.H.Say(Liu, "我的班此")).Text;

        Assert.Contains("已签到", reply, StringComparison.Ordinal);
    }

    public void Dispose() => _w.Dispose();
}
