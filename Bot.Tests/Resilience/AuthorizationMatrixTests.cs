using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;

namespace Bot.Tests.Resilience;

/// <summary>
/// Every registered command × every role, generated from the registry so a new command cannot be forgotten: the
/// pipeline refuses exactly the roles the command does not list, with the one-line reason and nothing else.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    public static TheoryData<string, Role> Matrix()
    {
        using var bot = FeatureHarness.Create();
        var data = new TheoryData<string, Role>();
        foreach (var h in bot.Get<CommandRouter>().Handlers)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                data.Add(h.Spec.Name, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Command_IsRefusedExactlyForRolesItDoesNotList(string command, Role role)
    {
        using var bot = FeatureHarness.Create();
        var spec = bot.Get<CommandRouter>().ByName(command)!.Spec;
        var name = $"{role}-user";
        bot.AddPerson(name, role);
        bot.BindGroup("干部群", GroupPurpose.Cadres);

        var privately = bot.Say(name, "/" + command);
        var inGroup = bot.Say(name, "/" + command, "干部群");

        var denial = $"「/{command}」仅限";
        foreach (var replies in new[] { privately, inGroup })
        {
            var denied = replies.Any(r => r.Text.StartsWith(denial, StringComparison.Ordinal));
            Assert.Equal(!spec.Allows(role), denied);
            if (denied)
            {
                Assert.Single(replies);
            }
        }
    }
}
