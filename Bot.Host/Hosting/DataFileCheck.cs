using System.Text;

namespace Bot.Host.Hosting;

/// <summary>
/// Checks the data file before LiteDB opens it: a file that is not a LiteDB file is refused by name and never opened
/// (LiteDB would rewrite it), and its folder must be a folder or creatable as one. Nothing here writes anything.
/// </summary>
internal static class DataFileCheck
{
    /// <summary>LiteDB 5 writes this text at byte 32 of every data file's header page.</summary>
    private static readonly byte[] LiteDbMark = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    private const int MarkOffset = 32;

    public const string Key = "Storage:LiteDbPath";

    /// <summary>One line per problem with the data file at <paramref name="path"/> (already absolute).</summary>
    public static string? Problem(string path)
    {
        if (Directory.Exists(path))
        {
            return $"{Key}: '{path}' is a folder; give a file path such as {Path.Combine(path, "bot.db")}.";
        }

        if (File.Exists(path))
        {
            return IsLiteDbOrEmpty(path, out var why) ? null
                : $"{Key}: '{path}' is not a duty-bot data file ({why}); it was left untouched. Point {Key} at a new file or at the bot's own bot.db.";
        }

        // Absent: its folder must exist as a folder or be creatable (no regular file on the way).
        for (var dir = Path.GetDirectoryName(path); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
            {
                return $"{Key}: cannot create '{path}': '{dir}' is a file, not a folder. Point {Key} at a path in a folder.";
            }

            if (Directory.Exists(dir))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>True for LiteDB's own header or an empty file (LiteDB starts an empty file as a new database).</summary>
    public static bool IsLiteDbOrEmpty(string path, out string why)
    {
        why = "";
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (stream.Length == 0)
            {
                return true;
            }

            var header = new byte[MarkOffset + LiteDbMark.Length];
            var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (read == header.Length && header.AsSpan(MarkOffset).SequenceEqual(LiteDbMark))
            {
                return true;
            }

            why = "no LiteDB header";
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            why = "cannot be read: " + e.Message;
            return false;
        }
    }
}
