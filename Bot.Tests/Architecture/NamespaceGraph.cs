using System.Reflection;

namespace Bot.Tests.Architecture;

/// <summary>
/// Which of an assembly's namespaces use which, from every type's base type, interfaces, fields, properties, method
/// signatures, local variables and the members its method bodies name. Nested and compiler-generated types (lambdas,
/// async state machines) count for their outer type's namespace. Sub-namespaces are folded into their area
/// (<c>Bot.Core.Messaging.Intents</c> is <c>Bot.Core.Messaging</c>).
/// </summary>
internal sealed class NamespaceGraph
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private readonly Assembly assembly;
    private readonly string root;

    /// <summary>Each edge (from, to) with one example of a type in <c>from</c> using a type in <c>to</c>.</summary>
    public Dictionary<(string From, string To), string> Edges { get; } = new();

    private NamespaceGraph(Assembly assembly, string root)
    {
        this.assembly = assembly;
        this.root = root;
    }

    public static NamespaceGraph Of(Assembly assembly, string root)
    {
        var graph = new NamespaceGraph(assembly, root);
        foreach (var type in assembly.GetTypes())
            graph.Add(type);
        return graph;
    }

    public IEnumerable<string> Targets(string from) =>
        Edges.Keys.Where(e => e.From == from).Select(e => e.To);

    public string Area(string? ns)
    {
        if (ns is null || !(ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal)))
            return "";
        var rest = ns.Length == root.Length ? "" : ns[(root.Length + 1)..];
        var dot = rest.IndexOf('.');
        return rest.Length == 0 ? root : root + "." + (dot < 0 ? rest : rest[..dot]);
    }

    private void Add(Type type)
    {
        var from = Area(type.Namespace);
        if (from.Length == 0)
            return;
        var used = new List<Type>();
        if (type.BaseType is { } baseType)
            used.Add(baseType);
        used.AddRange(type.GetInterfaces());
        used.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        used.AddRange(type.GetFields(All).Select(f => f.FieldType));
        used.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
        used.AddRange(type.GetEvents(All).Select(e => e.EventHandlerType!));
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
                used.Add(info.ReturnType);
            used.AddRange(method.GetParameters().Select(p => p.ParameterType));
            used.AddRange(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
            foreach (var member in IlReferences.Of(method))
                used.AddRange(TypesOf(member));
        }
        foreach (var usedType in used)
            Visit(type, from, usedType, 0);
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member)
    {
        switch (member)
        {
            case Type t:
                yield return t;
                break;
            case FieldInfo f:
                yield return f.DeclaringType!;
                yield return f.FieldType;
                break;
            case MethodBase m:
                if (m.DeclaringType is not null)
                    yield return m.DeclaringType;
                if (m is MethodInfo { IsGenericMethod: true } generic)
                    foreach (var argument in generic.GetGenericArguments())
                        yield return argument;
                break;
        }
    }

    private void Visit(Type user, string from, Type used, int depth)
    {
        if (depth > 8)
            return;
        if (used.HasElementType)
        {
            Visit(user, from, used.GetElementType()!, depth + 1);
            return;
        }
        if (used.IsGenericType && !used.IsGenericTypeDefinition)
            foreach (var argument in used.GetGenericArguments())
                Visit(user, from, argument, depth + 1);
        if (used.IsGenericParameter || used.Assembly != assembly)
            return;
        var to = Area(used.Namespace);
        if (to.Length == 0 || to == from)
            return;
        Edges.TryAdd((from, to), $"{Outer(user).FullName} uses {Outer(used).FullName}");
    }

    private static Type Outer(Type type)
    {
        while (type.DeclaringType is not null)
            type = type.DeclaringType;
        return type;
    }
}
