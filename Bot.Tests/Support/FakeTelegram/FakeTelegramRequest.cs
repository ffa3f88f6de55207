using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Support.FakeTelegram;

/// <summary>
/// The parameters of one Bot API call, however they came (JSON body, form, multipart, query string), as one JSON
/// object; uploaded files separately. Multipart fields holding JSON (reply_markup) are parsed back into JSON.
/// </summary>
public sealed class FakeTelegramRequest
{
    private FakeTelegramRequest(string method, JsonObject parameters, IReadOnlyList<FakeUploadedFile> files, bool formEncoded)
    {
        Method = method;
        Parameters = parameters;
        Files = files;
        FormEncoded = formEncoded;
    }

    /// <summary>True for form or multipart calls, where every value travels as a string.</summary>
    public bool FormEncoded { get; }

    /// <summary>The file a parameter refers to: a part with its name, or <c>attach://name</c>.</summary>
    public FakeUploadedFile? File(string name)
    {
        var target = String(name) is { } s && s.StartsWith("attach://", StringComparison.Ordinal) ? s["attach://".Length..] : name;
        return Files.FirstOrDefault(f => f.Field == target);
    }

    public string Method { get; }

    public JsonObject Parameters { get; }

    public IReadOnlyList<FakeUploadedFile> Files { get; }

    public string? String(string name) => Parameters[name] is JsonValue v
        ? v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()
        : null;

    public long? Long(string name) => String(name) is { } s && long.TryParse(s, out var n) ? n : null;

    public static async Task<FakeTelegramRequest> ReadAsync(string method, HttpRequest request, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject();
        var files = new List<FakeUploadedFile>();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = Field(value.ToString());
        }

        if (request.HasJsonContentType())
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (body is JsonObject o)
            {
                foreach (var (key, value) in o.ToList())
                {
                    o.Remove(key);
                    parameters[key] = value;
                }
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (key, value) in form)
            {
                parameters[key] = Field(value.ToString());
            }

            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                files.Add(new FakeUploadedFile(file.Name, file.FileName, buffer.ToArray()));
            }
        }

        return new FakeTelegramRequest(method, parameters, files, request.HasFormContentType);
    }

    private static JsonNode? Field(string value)
    {
        var t = value.TrimStart();
        if (t.StartsWith('{') || t.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(value);
            }
            catch (JsonException)
            {
            }
        }

        return JsonValue.Create(value);
    }
}
