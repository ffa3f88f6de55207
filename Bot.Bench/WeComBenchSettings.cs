using Bot.Tests.Support.FakeWeCom;

namespace Bot.Bench;

/// <summary>Host settings pointing the WeCom channel at a <see cref="FakeWeComApi"/>, with WeCom's real limits.</summary>
internal static class WeComBenchSettings
{
    public static Dictionary<string, string?> For(FakeWeComApi fake) => new()
    {
        ["WeCom:CorpId"] = fake.CorpId,
        ["WeCom:AgentId"] = "1000002",
        ["WeCom:CorpSecret"] = fake.CorpSecret,
        ["WeCom:Token"] = "benchTok3n",
        ["WeCom:EncodingAesKey"] = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
        ["WeCom:ApiBaseUrl"] = fake.BaseAddress.AbsoluteUri,
    };

    /// <summary>Creates each community's app group chat in the fake (as appchat/create would have).</summary>
    public static void AddGroups(FakeWeComApi fake, District district)
    {
        for (var k = 0; k < District.Communities; k++)
        {
            fake.AddAppChat(District.WeComGroup(k), district.Members.Where(m => m.Community == k).Take(3).Select(m => m.WeComId).ToArray());
        }
    }
}
