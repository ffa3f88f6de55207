namespace Bot.Host.Channels.Console;

/// <summary>Standard output for the console channel, one block at a time; files go to a folder beside the data file.</summary>
internal sealed class ConsoleWriter(TextWriter output, string filesFolder)
{
    private readonly Lock _lock = new();

    public void WriteBlock(string block)
    {
        lock (_lock)
        {
            output.Write(block);
            output.Write('\n');
            output.Flush();
        }
    }

    public string SaveFile(Bot.Core.Messaging.OutgoingFile file)
    {
        Directory.CreateDirectory(filesFolder);
        var safe = string.Concat(file.FileName.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        var path = Path.Combine(filesFolder, safe);
        File.WriteAllBytes(path, file.Content);
        return path;
    }
}
