using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Bot.Tests.Support.FakeWeCom;

/// <summary>
/// media/upload (app, needs the access token) and webhook/upload_media (robot, needs the key), as WeCom documents
/// them: multipart/form-data whose part "media" carries filename and filelength; type must be given; a file must be
/// more than 5 bytes and at most 20 MB. File messages (message/send, appchat/send, webhook/send) must name a media_id
/// uploaded for that sender: an app's media for the app, a robot's for that robot.
/// </summary>
public sealed partial class FakeWeComApi
{
    private const long MaxFileBytes = 20L * 1024 * 1024;
    private readonly ConcurrentDictionary<string, FakeUploadedMedia> _media = new(StringComparer.Ordinal);
    private int _mediaCounter;

    /// <summary>Every document uploaded, by media_id.</summary>
    public IReadOnlyDictionary<string, FakeUploadedMedia> Media => _media;

    private async Task<IResult> UploadAsync(string path, HttpRequest request)
    {
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        string owner;
        if (path == "media/upload")
        {
            if (!_validTokens.ContainsKey(query.GetValueOrDefault("access_token") ?? ""))
            {
                return Error(42001, "access_token expired");
            }

            owner = "app";
        }
        else
        {
            if (string.IsNullOrEmpty(query.GetValueOrDefault("key")))
            {
                return Error(93000, "invalid webhook key");
            }

            owner = "robot:" + query["key"];
        }

        if (query.GetValueOrDefault("type") is not ("file" or "image" or "voice" or "video"))
        {
            return Error(40004, "invalid media type");
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Length == 0)
        {
            return Error(44001, "empty media data");
        }

        if (type.Boundary.ToString().StartsWith('"'))
        {
            // What WeCom is reported to do with a quoted boundary: it finds no file in the body.
            return Error(44001, "empty media data");
        }

        var reader = new Microsoft.AspNetCore.WebUtilities.MultipartReader(type.Boundary.ToString(), request.Body);
        while (await reader.ReadNextSectionAsync().ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || HeaderUtilities.RemoveQuotes(disposition.Name).ToString() != "media")
            {
                continue;
            }

            using var buffer = new MemoryStream();
            await section.Body.CopyToAsync(buffer).ConfigureAwait(false);
            var bytes = buffer.ToArray();
            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileName).ToString();
            var declared = disposition.Parameters.FirstOrDefault(p => p.Name.Equals("filelength", StringComparison.OrdinalIgnoreCase))?.Value.ToString();
            if (fileName.Length == 0 || declared is null || declared != bytes.Length.ToString(CultureInfo.InvariantCulture))
            {
                return Error(40005, "invalid file: filename and filelength are required and must match the data");
            }

            if (bytes.Length <= 5 || bytes.Length > MaxFileBytes)
            {
                return Error(40006, "invalid file size");
            }

            var id = "media-" + Interlocked.Increment(ref _mediaCounter).ToString(CultureInfo.InvariantCulture);
            _media[id] = new FakeUploadedMedia(id, owner, fileName, section.ContentType ?? "", bytes);
            _requests.Enqueue(new FakeWeComRequest(path, query, JsonDocument.Parse("{}").RootElement.Clone(), Time.GetUtcNow()));
            return Results.Json(new { errcode = 0, errmsg = "ok", type = query["type"], media_id = id, created_at = Time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) });
        }

        return Error(44001, "empty media data");
    }

    /// <summary>For a file message: the media_id must exist and belong to the sender (the app, or that robot).</summary>
    private IResult? CheckFile(FakeWeComRequest call, string owner)
    {
        if (call.Str("msgtype") != "file")
        {
            return null;
        }

        return _media.TryGetValue(call.FileMediaId, out var media) && media.Owner == owner ? null : Error(40007, "invalid media_id");
    }
}

/// <summary>A document uploaded to the fake: its media_id, who uploaded it ("app" or "robot:KEY"), name, type and bytes.</summary>
public sealed record FakeUploadedMedia(string MediaId, string Owner, string FileName, string ContentType, byte[] Content);
