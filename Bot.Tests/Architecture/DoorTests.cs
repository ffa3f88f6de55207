using System.Reflection;
using System.Runtime.CompilerServices;
using Bot.Core;
using Bot.Core.Demo;
using Bot.Core.Hosting;
using Bot.Core.Messaging;
using Bot.Core.Messaging.Intents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;
using Xunit.Abstractions;

namespace Bot.Tests.Architecture;

/// <summary>
/// One door per feature: <c>Bot.Core.X</c> exports exactly one public type, <c>XModule</c> in
/// <c>Bot.Core/X/XModule.cs</c>, whose one public member is <c>AddX(this IServiceCollection)</c>; everything else in the
/// feature is internal (Bot.Core shows its internals to Bot.Tests and Bot.Bench only, so Bot.Host cannot reach past the
/// door). And the door registers the whole feature: every handler, flow, phrase table, job, verb, hosted service,
/// validator, seeder and contributor the feature defines.
/// </summary>
public sealed class DoorTests(ITestOutputHelper output)
{
    /// <summary>
    /// Feature types that must stay public besides the door, each with its reason. The list only shrinks: an entry that
    /// is no longer public fails too.
    /// </summary>
    private static readonly Dictionary<string, string> AllowedPublic = new(StringComparer.Ordinal)
    {
    };

    /// <summary>What a feature plugs into the kernel; each implementation a feature defines must be registered by its door.</summary>
    private static readonly Type[] PlugIns =
    [
        typeof(ICommandHandler), typeof(IConversationFlow), typeof(IIntentTable), typeof(IPhotoHandler),
        typeof(IDailySummaryContributor), typeof(IDemoSeeder), typeof(IHistoryPruneContributor), typeof(ICliVerb),
        typeof(IJob), typeof(IHostedService), typeof(IValidateOptions<>),
    ];

    private static readonly Assembly Core = typeof(CoreServiceCollectionExtensions).Assembly;

    public static TheoryData<string> Features() => new(NamespaceTests.Features);

    [Fact]
    public void EveryFeatureNamespace_HasItsDoor_AndEveryDoorIsAFeature()
    {
        var doors = Core.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Module", StringComparison.Ordinal) && t.Namespace == "Bot.Core." + t.Name[..^"Module".Length])
            .Select(t => t.Namespace!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(NamespaceTests.Features.Order(StringComparer.Ordinal), doors);
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Feature_ExportsOnlyItsDoor(string feature)
    {
        var exported = Core.GetExportedTypes()
            .Where(t => t.Namespace == feature || t.Namespace?.StartsWith(feature + ".", StringComparison.Ordinal) == true)
            .Select(t => t.FullName!)
            .Where(name => name != Door(feature).FullName && !AllowedPublic.ContainsKey(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(exported.Count == 0,
            $"{feature} exports more than its door {Door(feature).Name} (make these internal, or move what the host needs into the door):\n"
            + string.Join("\n", exported));
    }

    [Fact]
    public void AllowListedPublicTypes_AreStillPublic()
    {
        var stale = AllowedPublic.Keys.Where(name => Core.GetType(name) is not { IsVisible: true }).ToList();

        Assert.True(stale.Count == 0, "Remove from the allow-list (no longer public): " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Door_IsAStaticClass_WithOnePublicMember_AddFeature(string feature)
    {
        var door = Door(feature);
        var members = door.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        Assert.True(door.IsAbstract && door.IsSealed, $"{door.Name} is not a static class");
        var add = Assert.Single(members);
        var method = Assert.IsAssignableFrom<MethodInfo>(add);
        Assert.Equal("Add" + Short(feature), method.Name);
        Assert.True(method.IsDefined(typeof(ExtensionAttribute)), $"{method.Name} is not an extension method");
        Assert.Equal(typeof(IServiceCollection), method.ReturnType);
        Assert.Equal([typeof(IServiceCollection)], method.GetParameters().Select(p => p.ParameterType));
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Door_RegistersEverythingTheFeaturePlugsIn(string feature)
    {
        var services = new ServiceCollection();
        Door(feature).GetMethod("Add" + Short(feature))!.Invoke(null, [services]);
        var registered = services.SelectMany(d => new[] { d.ServiceType, d.ImplementationType }).OfType<Type>().ToHashSet();

        var plugIns = Core.GetTypes()
            .Where(t => t.Namespace == feature && t is { IsClass: true, IsAbstract: false, IsNested: false })
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Where(t => PlugIns.Any(p => Implements(t, p)))
            .ToList();
        foreach (var t in plugIns)
            output.WriteLine(t.Name);
        var missing = plugIns.Where(t => !registered.Contains(t)).Select(t => t.Name).ToList();

        Assert.NotEmpty(plugIns);
        Assert.True(missing.Count == 0, $"{Door(feature).Name} does not register: " + string.Join(", ", missing));
    }

    private static string Short(string feature) => feature["Bot.Core.".Length..];

    private static Type Door(string feature) =>
        Core.GetType($"{feature}.{Short(feature)}Module") ?? throw new InvalidOperationException($"{feature} has no door {Short(feature)}Module");

    private static bool Implements(Type type, Type contract) =>
        contract.IsGenericTypeDefinition
            ? type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == contract)
            : contract.IsAssignableFrom(type);
}
