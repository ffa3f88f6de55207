using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Bot.Host.Hosting;

/// <summary>
/// What is checked before anything is built, handled or written: the settings read while services are registered
/// parse, the data file is LiteDB's or absent and its folder usable, this is the only process on that data file, and
/// the port is free. Each failure is one line naming the key and the fix.
/// </summary>
internal static class StartupChecks
{
    /// <summary>Settings read as values while services are registered (the rest are validated as options).</summary>
    private static readonly (string Key, Type Type)[] Scalars =
    [
        ("Console:Enabled", typeof(bool)),
        ("Console:ExitAtEndOfInput", typeof(bool)),
        ("Demo:Seed", typeof(bool)),
        ("Purchases:SweepInterval", typeof(TimeSpan)),
    ];

    /// <summary>Problems with the settings alone (nothing is touched).</summary>
    public static List<string> Settings(IConfiguration configuration)
    {
        var problems = new List<string>();
        foreach (var (key, type) in Scalars)
        {
            var text = configuration[key];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var ok = type == typeof(bool) ? bool.TryParse(text, out _) : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out _);
            if (!ok)
            {
                problems.Add(type == typeof(bool)
                    ? $"{key}: '{text}' is not true or false; set it to true, false, or leave it out."
                    : $"{key}: '{text}' is not a duration; write it as hh:mm:ss, for example 00:01:00.");
            }
        }

        foreach (var url in Urls(configuration))
        {
            if (Endpoint(url) is null)
            {
                problems.Add($"Urls: '{url}' is not an address to listen on; write it like http://127.0.0.1:5080 (several separated by ';').");
            }
        }

        return problems;
    }

    /// <summary>The data file's problem, if any (reads only).</summary>
    public static string? DataFile(string path) => DataFileCheck.Problem(path);

    /// <summary>Problems binding the configured ports (each is opened and closed again at once).</summary>
    public static List<string> Ports(IConfiguration configuration)
    {
        var problems = new List<string>();
        foreach (var url in Urls(configuration))
        {
            if (Endpoint(url) is not { Port: > 0 } endpoint)
            {
                continue;
            }

            try
            {
                using var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(endpoint);
                socket.Listen();
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                problems.Add($"Urls: port {endpoint.Port} of '{url}' is already in use (another duty-bot or another program listens there). "
                    + "Stop it, or set Urls to a free port, for example Urls=http://127.0.0.1:5081.");
            }
            catch (SocketException e)
            {
                problems.Add($"Urls: cannot listen on '{url}': {e.Message}. Set Urls to an address of this machine, for example http://127.0.0.1:5080.");
            }
        }

        return problems;
    }

    private static IEnumerable<string> Urls(IConfiguration configuration) =>
        (configuration["Urls"] ?? BotHostBuilder.DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The endpoint Kestrel would bind for <paramref name="url"/> (wildcard hosts: every address), or null.</summary>
    internal static IPEndPoint? Endpoint(string url)
    {
        var wildcard = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(wildcard, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return null;
        }

        var host = uri.Host.Trim('[', ']');
        IPAddress address;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
        }
        else if (!IPAddress.TryParse(host, out address!))
        {
            // A host name: Kestrel listens on every address.
            address = IPAddress.Any;
        }

        return new IPEndPoint(address, uri.Port);
    }
}
