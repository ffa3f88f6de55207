using Bot.Bench;

// dotnet run -c Release --project Bot.Bench -- inbound|broadcast|reminders|startup|breakdown|all [--updates=N] [--warmup=N] [--bot:Section:Key=Value …]
//   on PostgreSQL: --bot:Storage:Provider=Postgres --bot:Storage:ConnectionString="Host=…" (or --postgres with DUTYBOT_TEST_POSTGRES)
if (args is ["echo-floor", var url, var token])
{
    return await EchoFloor.RunAsync(url, token);
}

BotOverrides.Parse(args);
var scenario = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var updates = args.Select(a => a.StartsWith("--updates=", StringComparison.Ordinal) ? int.Parse(a[10..], System.Globalization.CultureInfo.InvariantCulture) : 0).Max();
updates = updates > 0 ? updates : 20_000;
var warmup = args.Where(a => a.StartsWith("--warmup=", StringComparison.Ordinal)).Select(a => int.Parse(a[9..], System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(InboundScenario.DefaultWarmup).Last();
var known = new[] { "inbound", "broadcast", "reminders", "startup", "all", "breakdown" };
if (!known.Contains(scenario))
{
    Console.Error.WriteLine($"unknown scenario '{scenario}'; use one of: {string.Join(", ", known)}");
    return 2;
}

var problem = BenchBackend.Configure(args);
if (BenchBackend.IsPostgres && BenchBackend.LiteDbOnly.Contains(scenario))
{
    problem = $"{scenario} runs on LiteDB only (its history is written into the data file directly); run it without Storage:Provider=Postgres";
}

if (problem is not null)
{
    Console.Error.WriteLine(problem);
    return 2;
}

Console.Error.WriteLine(BenchBackend.Describe());
var results = new List<BenchResult>();
if (scenario is "inbound" or "all")
{
    results.AddRange(await InboundScenario.RunAsync(updates, warmup));
}

if (scenario is "breakdown")
{
    results.AddRange(BreakdownScenario.Run(updates));
}

if (scenario is "broadcast" or "all")
{
    results.AddRange(await BroadcastScenario.RunAsync());
}

if (scenario is "reminders" or "all")
{
    results.AddRange(await RemindersScenario.RunAsync());
}

if (scenario is "all" && BenchBackend.IsPostgres)
{
    Console.Error.WriteLine($"skipping {string.Join(", ", BenchBackend.LiteDbOnly)}: LiteDB only");
}
else if (scenario is "startup" or "all")
{
    results.AddRange(await StartupScenario.RunAsync());
}

var machine = $"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
Console.WriteLine($"Machine: {machine}");
Console.WriteLine(BenchBackend.Describe() + "\n");
Console.WriteLine(Report.Markdown(results));
Report.WriteJson("bench-results.json", results, machine, BenchBackend.Name);
return 0;
