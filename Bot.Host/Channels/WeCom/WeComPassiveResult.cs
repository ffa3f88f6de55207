namespace Bot.Host.Channels.WeCom;

/// <summary>
/// An encrypted passive reply as the callback's HTTP response. Only once it is written and flushed does its outbox
/// message count as sent; when writing fails the response_url is given back, so the outbox sends it as usual.
/// </summary>
internal sealed class WeComPassiveResult(string json, Uri? url, WeComReplyUrls urls) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        try
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await httpContext.Response.WriteAsync(json, httpContext.RequestAborted).ConfigureAwait(false);
            await httpContext.Response.Body.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
        }
        catch
        {
            if (url is not null)
            {
                urls.PassiveFailed(url);
            }

            throw;
        }

        if (url is not null)
        {
            urls.PassiveWritten(url);
        }
    }
}
