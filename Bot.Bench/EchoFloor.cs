using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Bench;

/// <summary>
/// The inbound floor: the same Telegram.Bot client and transport with nothing behind it — getUpdates, then one
/// sendMessage per text echoing it, a batch's sends in parallel. Runs as its own process (<c>Bot.Bench echo-floor URL TOKEN</c>)
/// so its memory is measured like the bot's.
/// </summary>
internal static class EchoFloor
{
    public static async Task<int> RunAsync(string baseUrl, string token)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var client = new TelegramBotClient(new TelegramBotClientOptions(token, baseUrl.TrimEnd('/')) { RetryThreshold = 0 }, http);
        var offset = 0;
        while (true)
        {
            Update[] updates;
            try
            {
                updates = await client.GetUpdates(offset, 100, 50).ConfigureAwait(false);
            }
            catch (HttpRequestException)
            {
                return 0;
            }

            if (updates.Length == 0)
            {
                continue;
            }

            offset = updates[^1].Id + 1;
            await Task.WhenAll(updates.Where(u => u.Message?.Text is not null)
                .Select(u => client.SendMessage(u.Message!.Chat.Id, u.Message.Text!))).ConfigureAwait(false);
        }
    }
}
