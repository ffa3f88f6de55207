using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bot.Bench;

/// <summary>
/// A process run by the benchmark: the real bot (<c>dotnet Bot.Host.dll --Key=Value …</c>) or this program's echo floor.
/// Its standard output and error are drained (kept only as a line count) so it never blocks on a full pipe.
/// </summary>
internal sealed class ChildHost : IDisposable
{
    private readonly Process _process;
    private long _peakWorkingSet;
    private bool _disposed;

    private ChildHost(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>True once the process has ended (a benchmark waiting on it must stop waiting).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>CPU time the child has used so far (user + system, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Highest working set seen by <see cref="SampleMemory"/> (Linux VmHWM when readable).</summary>
    public long PeakWorkingSet => Math.Max(_peakWorkingSet, ReadVmHwm());

    public static ChildHost StartBot(IDictionary<string, string?> settings)
    {
        var port = FreePort();
        var all = new Dictionary<string, string?>(BotOverrides.Apply(settings))
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Console:Enabled"] = "false",
            ["Demo:Seed"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        return Start(Path.Combine(RepoRoot(), "Bot.Host", "bin", Configuration(), "net10.0", "Bot.Host.dll"),
            all.Select(kv => $"--{kv.Key}={kv.Value}").ToList(), port);
    }

    public static ChildHost StartSelf(params string[] args) =>
        Start(typeof(ChildHost).Assembly.Location, args, 0);

    /// <summary>Polls GET /health until it answers 200; returns false after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitHealthyAsync(HttpClient http, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < timeout && !_process.HasExited)
        {
            try
            {
                using var r = await http.GetAsync(new Uri(BaseAddress, "health")).ConfigureAwait(false);
                if (r.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(5).ConfigureAwait(false);
        }

        return false;
    }

    public void SampleMemory()
    {
        _process.Refresh();
        _peakWorkingSet = Math.Max(_peakWorkingSet, _process.WorkingSet64);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static ChildHost Start(string dll, IEnumerable<string> args, int port)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        process.OutputDataReceived += (_, _) => { };
        var tail = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } any)
            {
                tail.Enqueue(any);
                while (tail.Count > 40 && tail.TryDequeue(out string? _))
                {
                }
            }

            if (e.Data is { } line && (line.Contains("fail:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal)
                || line.Contains("Unhandled exception", StringComparison.Ordinal)))
            {
                Console.Error.WriteLine("[child] " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildHost(process, port) { _stderrTail = tail };
    }

    private System.Collections.Concurrent.ConcurrentQueue<string> _stderrTail = new();

    /// <summary>Why the process ended, for the report: its exit code and the last lines it wrote to standard error.</summary>
    public string ExitReport() =>
        $"exit code {(_process.HasExited ? _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(running)")}; last standard error lines:\n  "
        + string.Join("\n  ", _stderrTail);

    private long ReadVmHwm()
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return 0;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Configuration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("bot.sln not found above " + AppContext.BaseDirectory);
    }
}
