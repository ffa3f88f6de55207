using System.Net;
using Bot.Core.Messaging;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeWeCom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.WeCom;

public sealed class WeComSecretLoggingTests
{
    [Fact]
    public async Task Secrets_NeverAppearInTheLogs_WhateverHappens()
    {
        await using var fake = await FakeWeComApi.StartAsync(corpSecret: "SECRET-corp-9f8e7d");
        var logs = new ListLoggerProvider();
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["WeCom:CorpId"] = fake.CorpId,
            ["WeCom:AgentId"] = "1000002",
            ["WeCom:CorpSecret"] = fake.CorpSecret,
            ["WeCom:Token"] = "SECRETtoken42",
            ["WeCom:EncodingAesKey"] = WeComHostFixture.AppAesKey,
            ["WeCom:ApiBaseUrl"] = fake.BaseAddress.AbsoluteUri,
            ["WeCom:Robots:r1"] = "SECRET-robot-key",
            ["WeCom:ThrottleBackoff"] = "00:00:01",
        }, configure: s => s.AddSingleton<ILoggerProvider>(logs));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var app = new FakeWeComCallbacks(http, "wecom/callback", "SECRETtoken42", WeComHostFixture.AppAesKey, fake.CorpId, json: false);
        fake.Script("message/send", FakeWeComFault.Code(60020), FakeWeComFault.Code(45009), FakeWeComFault.Status(500));
        fake.Script("webhook/send", FakeWeComFault.Code(93000));

        using (var ok = await app.VerifyAsync("echo"))
        using (var forged = await app.PostAsync("<xml/>", signature: new string('1', 40)))
        using (var stale = await app.PostAsync("<xml/>", timestamp: "1"))
        using (var help = await app.PostAsync(FakeWeComCallbacks.TextXml(fake.CorpId, "u1", "帮助", 1, TimeProvider.System.GetUtcNow().ToUnixTimeSeconds())))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
            Assert.Equal(HttpStatusCode.OK, help.StatusCode);
        }

        host.Get<Messenger>().Send(new ChatAddress(ChannelNames.WeCom, "robot:r1", ChatKind.Group), "x");
        await BotTestHost.WaitUntilAsync(() => fake.RequestsTo("message/send").Any(r => r.Str("touser") == "u1"), what: "reply after faults");
        await BotTestHost.WaitUntilAsync(() => logs.Lines.Any(l => l.Contains("93000", StringComparison.Ordinal)), what: "robot refusal logged");

        Assert.Contains(logs.Lines, l => l.Contains("企业可信IP", StringComparison.Ordinal));
        foreach (var secret in new[] { "SECRET-corp-9f8e7d", "SECRETtoken42", WeComHostFixture.AppAesKey, "SECRET-robot-key", "tok-1", "access_token=" })
        {
            Assert.DoesNotContain(logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
