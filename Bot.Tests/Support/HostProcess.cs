using System.Diagnostics;
using System.Text;

namespace Bot.Tests.Support;

/// <summary>Runs the built Bot.Host as a child process (as `dotnet run --project Bot.Host` would), feeding standard input.</summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();

    private HostProcess(Process process)
    {
        _process = process;
    }

    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll");

    public string Output
    {
        get
        {
            lock (_out)
            {
                return _out.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_err)
            {
                return _err.ToString();
            }
        }
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public StreamWriter Input => _process.StandardInput;

    public static HostProcess Start(params string[] args) => StartWith(new Dictionary<string, string>(), args);

    /// <summary>Starts the host with extra environment variables (such as TZ).</summary>
    public static HostProcess StartWith(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        StartIn(null, environment, args);

    /// <summary>Starts the host in <paramref name="workingDirectory"/> (null: this process's), with extra environment variables.</summary>
    public static HostProcess StartIn(string? workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(HostDll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (k, v) in environment)
        {
            psi.Environment[k] = v;
        }

        var p = new Process { StartInfo = psi };
        var host = new HostProcess(p);
        p.OutputDataReceived += (_, e) => host.Append(host._out, e.Data);
        p.ErrorDataReceived += (_, e) => host.Append(host._err, e.Data);
        p.Start();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return host;
    }

    /// <summary>Writes the script to standard input and closes it; waits for the process to exit (up to 2 min).</summary>
    public async Task<int> RunScriptAsync(string script)
    {
        await Input.WriteAsync(script).ConfigureAwait(false);
        Input.Close();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        return _process.ExitCode;
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Asks the process to stop as a service manager would (SIGTERM), without waiting.</summary>
    public void Terminate()
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false });
        kill?.WaitForExit();
    }

    /// <summary>Waits for the process to exit (up to <paramref name="timeout"/>) and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(StringBuilder sb, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (sb)
        {
            sb.Append(line).Append('\n');
        }
    }
}
