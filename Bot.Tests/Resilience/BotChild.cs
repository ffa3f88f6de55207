using System.Net;
using System.Net.Sockets;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.Resilience;

/// <summary>
/// One bot child process (dotnet Bot.Host.dll) on a loopback port of its own: started with the given settings (its
/// <c>Urls</c> added), waited for until healthy, SIGKILLed or SIGTERMed; the standard error of every run is kept.
/// </summary>
internal sealed class BotChild : IAsyncDisposable
{
    private readonly List<string> _logs = [];
    private HostProcess? _process;

    public BotChild(string name, FakeWeComApi wecom, string appToken, string appAesKey)
    {
        Name = name;
        Port = FreePort();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(10) };
        Callbacks = new FakeWeComCallbacks(Http, "wecom/callback", appToken, appAesKey, wecom.CorpId, json: false);
    }

    public string Name { get; }

    public int Port { get; }

    public HttpClient Http { get; }

    /// <summary>WeCom callbacks posted to this child.</summary>
    public FakeWeComCallbacks Callbacks { get; }

    public int Starts { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Standard error of the current run (empty when not running).</summary>
    public string CurrentLog => _process?.Error ?? "";

    /// <summary>Standard error of every run so far, the current one included.</summary>
    public string Logs => string.Join('\n', _logs.Append(CurrentLog));

    /// <summary>Starts the child (its <c>Urls</c> is this child's port) and waits until its health endpoint answers.</summary>
    public async Task StartAsync(IEnumerable<KeyValuePair<string, string>> settings)
    {
        _process = HostProcess.Start(settings.Where(kv => kv.Key != "Urls")
            .Append(new("Urls", $"http://127.0.0.1:{Port}"))
            .Select(kv => $"--{kv.Key}={kv.Value}").ToArray());
        Starts++;
        await BotTestHost.WaitUntilAsync(() => Healthy(), TimeSpan.FromSeconds(60), Name + " healthy");
    }

    /// <summary>SIGKILL, then waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        _process.Kill();
        await BotTestHost.WaitUntilAsync(() => _process.HasExited, TimeSpan.FromSeconds(30), Name + " exited after SIGKILL");
        Retire();
    }

    /// <summary>SIGTERM, as systemd or Docker stop a service; returns the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        Assert.NotNull(_process);
        _process.Terminate();
        var exit = await _process.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Retire();
        return exit;
    }

    /// <summary>Whether the health endpoint answers 200; throws when the process has exited (it will not start answering).</summary>
    public bool Healthy()
    {
        if (_process is { HasExited: true })
        {
            // Waiting for the exit also waits for the rest of its output.
            var code = _process.WaitForExitAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
            throw new InvalidOperationException($"{Name} exited with code {code}: " + _process.Error + _process.Output);
        }

        try
        {
            using var response = Http.GetAsync(new Uri("health", UriKind.Relative)).GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Http.Dispose();
    }

    /// <summary>A loopback port nobody listens on now (for a child process's fixed address).</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Retire()
    {
        _logs.Add(_process!.Error);
        _process.Dispose();
        _process = null;
    }
}
