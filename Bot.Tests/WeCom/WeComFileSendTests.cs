using System.Text;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;
using Bot.Host.Channels.WeCom;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.WeCom;

/// <summary>Documents (exports) through the real sender and the loopback WeCom API: uploaded as media, then sent as file messages.</summary>
public sealed class WeComFileSendTests
{
    private static readonly OutgoingFile Csv = new("attendance-2026-03-01-2026-03-31.csv", "text/csv",
        Encoding.UTF8.GetBytes("date,point,cadre,signed_in\n2026-03-01,3号岗,刘丰睿,08:01\n"));

    [Fact]
    public async Task PrivateChat_UploadsTheFile_ThenSendsTheText_ThenTheFileByItsMediaId()
    {
        await using var rig = await WeComSenderRig.StartAsync();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("wangsj", "3月考勤：") with { File = Csv }, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var media = Assert.Single(rig.Fake.Media.Values);
        Assert.Equal("app", media.Owner);
        Assert.Equal(Csv.FileName, media.FileName);
        Assert.Equal(Csv.Content, media.Content);
        Assert.Equal(["media/upload", "message/send", "message/send"], rig.Fake.Requests.Select(r => r.Path));
        var sends = rig.Fake.RequestsTo("message/send");
        Assert.Equal("3月考勤：", sends[0].Content);
        Assert.Equal("file", sends[1].Str("msgtype"));
        Assert.Equal(media.MediaId, sends[1].FileMediaId);
        Assert.Equal("wangsj", sends[1].Str("touser"));
        Assert.Equal("1000002", sends[1].Str("agentid"));
        Assert.DoesNotContain(Csv.FileName, sends[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppGroup_GetsTheFileThroughAppchatSend()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        rig.Fake.AddAppChat("nanshi", "wangsj", "liufr");

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToGroup("appchat:nanshi", "考勤表") with { File = Csv }, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var sends = rig.Fake.RequestsTo("appchat/send");
        Assert.Equal(["text", "file"], sends.Select(s => s.Str("msgtype")));
        Assert.Equal("nanshi", sends[1].Str("chatid"));
        Assert.Equal("app", rig.Fake.Media[sends[1].FileMediaId].Owner);
    }

    [Fact]
    public async Task RobotGroup_UploadsThroughTheRobot_AndPostsTheFileThere()
    {
        await using var rig = await WeComSenderRig.StartAsync();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToGroup("robot:jingyuan", "考勤表") with { File = Csv }, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Empty(rig.Fake.RequestsTo("media/upload"));
        Assert.Equal("robot-key-1", Assert.Single(rig.Fake.RequestsTo("webhook/upload_media")).Query["key"]);
        var posts = rig.Fake.RequestsTo("webhook/send");
        Assert.Equal(["text", "file"], posts.Select(s => s.Str("msgtype")));
        Assert.Equal("robot:robot-key-1", rig.Fake.Media[posts[1].FileMediaId].Owner);
    }

    [Fact]
    public async Task IntelligentBotGroup_RepliesWithTheText_AndPostsTheFileThroughItsRobot()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var token = WeComReplyToken.Create(rig.Time.GetUtcNow(), rig.Fake.ResponseUrl("code-file"));

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToGroup("aibot:wrkGroup1", "考勤表", token) with { File = Csv }, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal("考勤表", Assert.Single(rig.Fake.RequestsTo("aibot/response")).Content);
        var file = Assert.Single(rig.Fake.RequestsTo("webhook/send"));
        Assert.Equal("file", file.Str("msgtype"));
        Assert.Equal(Csv.Content, rig.Fake.Media[file.FileMediaId].Content);
    }

    [Fact]
    public async Task GroupWithNoWayToTakeAFile_GetsTheTextSayingWhereToAskForIt()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var token = WeComReplyToken.Create(rig.Time.GetUtcNow(), rig.Fake.ResponseUrl("code-nofile"));
        var message = WeComSenderRig.ToGroup("aibot:wrkNoRobot", "考勤表", token) with { File = Csv, Language = Language.English };

        var result = await rig.Sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Empty(rig.Fake.Media);
        var reply = Assert.Single(rig.Fake.RequestsTo("aibot/response")).Content;
        Assert.StartsWith("考勤表\n(The file \"" + Csv.FileName + "\" cannot be posted in this group", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedUpload_SendsNothing_AndIsNotReportedSent()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        rig.Fake.Script("media/upload", FakeWeComFault.Status(502));

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("wangsj", "3月考勤：") with { File = Csv }, CancellationToken.None);

        Assert.Equal(SendOutcome.Transient, result.Outcome);
        Assert.Empty(rig.Fake.RequestsTo("message/send"));

        var again = await rig.Sender.SendAsync(WeComSenderRig.ToUser("wangsj", "3月考勤：") with { File = Csv }, CancellationToken.None);
        Assert.Equal(SendOutcome.Sent, again.Outcome);
        Assert.Equal("file", rig.Fake.RequestsTo("message/send")[^1].Str("msgtype"));
    }

    [Fact]
    public async Task UploadWithAnExpiredToken_GetsAFreshTokenOnce_AndGoesThrough()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        Assert.Equal(SendOutcome.Sent, (await rig.Sender.SendAsync(WeComSenderRig.ToUser("wangsj", "你好"), CancellationToken.None)).Outcome);
        rig.Fake.ExpireTokens();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("wangsj", "3月考勤：") with { File = Csv }, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(2, rig.Fake.GetTokenCalls);
        Assert.Single(rig.Fake.Media);
    }

    [Fact]
    public async Task TooSmallAFile_IsRefusedForGood_WithNothingSent()
    {
        await using var rig = await WeComSenderRig.StartAsync();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("wangsj", "空表") with { File = Csv with { Content = [1, 2] } },
            CancellationToken.None);

        Assert.NotEqual(SendOutcome.Sent, result.Outcome);
        Assert.Empty(rig.Fake.RequestsTo("message/send"));
    }

    [Fact]
    public async Task ABroadcastWithAFile_GoesOneByOne_EachWithItsFile()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var messages = new[] { "wangsj", "liufr" }.Select(u => WeComSenderRig.ToUser(u, "考勤表") with { File = Csv }).ToList();

        var results = await rig.Sender.SendBatchAsync(messages, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SendOutcome.Sent, r.Outcome));
        var files = rig.Fake.RequestsTo("message/send").Where(s => s.Str("msgtype") == "file").ToList();
        Assert.Equal(["wangsj", "liufr"], files.Select(f => f.Str("touser")));
    }

    [Theory]
    [InlineData("attendance.csv", "attendance.csv")]
    [InlineData("考勤 3月.xlsx", "__ 3_.xlsx")]
    [InlineData("a\"b\\c.csv", "a_b_c.csv")]
    [InlineData("", "file")]
    public void UploadFileNames_AreHeaderSafe(string name, string expected) =>
        Assert.Equal(expected, WeComApiClient.AsciiFileName(name));
}
