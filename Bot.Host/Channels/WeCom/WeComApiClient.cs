using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// A small client for the documented WeCom server API over <see cref="HttpClient"/>: the access token is added to
/// each call and refreshed once when WeCom says it expired (42001) or is invalid (40014). Transport failures and 5xx
/// come back as <see cref="WeComApiResult.IsTransport"/> results; nothing here throws for a platform answer.
/// The token never appears in logs or results.
/// </summary>
public sealed class WeComApiClient
{
    private readonly HttpClient _http;
    private readonly WeComOptions _options;
    private readonly WeComAccessTokenCache _tokens;
    private readonly Uri _base;

    public WeComApiClient(HttpClient http, IOptions<WeComOptions> options, WeComAccessTokenCache tokens)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _tokens = tokens;
        _base = new Uri(_options.ApiBaseUrl.TrimEnd('/') + "/");
    }

    /// <summary>POSTs <paramref name="body"/> to <c>cgi-bin/PATH?access_token=…</c>, refreshing the token once if refused.</summary>
    public Task<WeComApiResult> PostAsync(string path, object body, CancellationToken cancellationToken) =>
        WithTokenAsync(token => PostJsonAsync(WithToken(path, token), body, cancellationToken), cancellationToken);

    /// <summary>
    /// Uploads a document as temporary media (media/upload, type file; WeCom keeps it three days) and answers its
    /// media_id in <see cref="WeComApiResult.MediaId"/>.
    /// </summary>
    public Task<WeComApiResult> UploadMediaAsync(OutgoingFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return WithTokenAsync(token => PostFileAsync(new Uri(_base, $"cgi-bin/media/upload?access_token={Uri.EscapeDataString(token)}&type=file"),
            file, cancellationToken), cancellationToken);
    }

    /// <summary>Uploads a document for a group robot (webhook/upload_media, type file); its media_id serves that robot only.</summary>
    public Task<WeComApiResult> UploadRobotMediaAsync(string key, OutgoingFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return PostFileAsync(new Uri(_base, $"cgi-bin/webhook/upload_media?key={Uri.EscapeDataString(key)}&type=file"), file, cancellationToken);
    }

    /// <summary>Runs a call with the access token; when WeCom says the token expired or is invalid, once more with a fresh one.</summary>
    private async Task<WeComApiResult> WithTokenAsync(Func<string, Task<WeComApiResult>> call, CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = await TokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (WeComApiException e)
        {
            return e.Result;
        }

        var result = await call(token).ConfigureAwait(false);
        if (!result.IsTokenProblem)
        {
            return result;
        }

        _tokens.Invalidate(_options.CorpId, _options.CorpSecret, token);
        try
        {
            token = await TokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (WeComApiException e)
        {
            return e.Result;
        }

        return await call(token).ConfigureAwait(false);
    }

    /// <summary>
    /// A multipart/form-data upload with the one part WeCom reads, "media", carrying filename and filelength. The
    /// boundary is written unquoted and the disposition by hand: WeCom's upload is known to refuse the quoted boundary
    /// and the RFC 5987 filename* that .NET adds by default.
    /// </summary>
    private async Task<WeComApiResult> PostFileAsync(Uri url, OutgoingFile file, CancellationToken cancellationToken)
    {
        try
        {
            var boundary = "----dutybot" + Guid.NewGuid().ToString("N");
            using var content = new MultipartFormDataContent(boundary);
            content.Headers.Remove("Content-Type");
            content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + boundary);
            var part = new ByteArrayContent(file.Content);
            part.Headers.TryAddWithoutValidation("Content-Disposition",
                $"form-data; name=\"media\"; filename=\"{AsciiFileName(file.FileName)}\"; filelength={file.Content.Length.ToString(CultureInfo.InvariantCulture)}");
            part.Headers.TryAddWithoutValidation("Content-Type", string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType);
            content.Add(part);
            using var response = await _http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
            return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return WeComApiResult.Transport(e.GetType().Name);
        }
    }

    /// <summary>A header-safe file name: printable ASCII kept, anything else (and quotes) becomes '_'.</summary>
    internal static string AsciiFileName(string name)
    {
        var chars = name.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '_').ToArray();
        return chars.Length == 0 ? "file" : new string(chars);
    }

    /// <summary>POSTs JSON to a full URL that needs no token (robot webhook, intelligent-bot response_url).</summary>
    public async Task<WeComApiResult> PostJsonAsync(Uri url, object body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        try
        {
            using var content = JsonContent.Create(body, body.GetType(), options: WeComJson.Options);
            using var response = await _http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
            return await ReadAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return WeComApiResult.Transport(e.GetType().Name);
        }
    }

    /// <summary>
    /// Creates an app group chat (appchat/create) with the chat id we choose, so it can be bound as
    /// <c>appchat:CHATID</c>. WeCom needs at least two members besides nobody else; the owner must be one of them.
    /// </summary>
    public Task<WeComApiResult> CreateAppChatAsync(string chatId, string name, string owner, IReadOnlyList<string> members,
        CancellationToken cancellationToken) =>
        PostAsync("appchat/create", new { name, owner, userlist = members, chatid = chatId }, cancellationToken);

    /// <summary>The full URL of a robot webhook key.</summary>
    public Uri WebhookUrl(string key) => new(_base, "cgi-bin/webhook/send?key=" + Uri.EscapeDataString(key));

    private Task<string> TokenAsync(CancellationToken cancellationToken) =>
        _tokens.GetAsync(_options.CorpId, _options.CorpSecret, FetchTokenAsync, cancellationToken);

    private async Task<(string, TimeSpan)> FetchTokenAsync(CancellationToken cancellationToken)
    {
        var url = new Uri(_base, $"cgi-bin/gettoken?corpid={Uri.EscapeDataString(_options.CorpId)}&corpsecret={Uri.EscapeDataString(_options.CorpSecret)}");
        try
        {
            using var response = await _http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new WeComApiException(WeComApiResult.Transport($"gettoken HTTP {(int)response.StatusCode}", (int)response.StatusCode));
            }

            using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            var root = doc.RootElement;
            var code = root.TryGetProperty("errcode", out var c) ? c.GetInt32() : 0;
            if (code != 0 || !root.TryGetProperty("access_token", out var t) || t.GetString() is not { Length: > 0 } token)
            {
                throw new WeComApiException(new WeComApiResult(code, "gettoken: " + Str(root, "errmsg")));
            }

            var expires = root.TryGetProperty("expires_in", out var e) ? e.GetInt32() : 7200;
            return (token, TimeSpan.FromSeconds(expires));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            throw new WeComApiException(WeComApiResult.Transport("gettoken " + e.GetType().Name));
        }
    }

    private Uri WithToken(string path, string token) =>
        new(_base, $"cgi-bin/{path}?access_token={Uri.EscapeDataString(token)}");

    private static async Task<WeComApiResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            return WeComApiResult.Transport($"HTTP {status}", status);
        }

        using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        var root = doc.RootElement;
        var code = root.TryGetProperty("errcode", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
        var invalid = Str(root, "invaliduser");
        var media = Str(root, "media_id");
        return new WeComApiResult(code, Str(root, "errmsg"), invalid.Length == 0 ? null : invalid, status)
        {
            MediaId = media.Length == 0 ? null : media,
        };
    }

    private static string Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.ToString()
            : "";

    internal static string Seconds(TimeSpan t) => ((long)t.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
