namespace Bot.Host.Hosting;

/// <summary>
/// One process per data file: an exclusive lock on <c>DATAFILE.lock</c> beside it, held for the process's lifetime.
/// The operating system drops the lock when the process ends, however it ends.
/// </summary>
internal sealed class DataFileLock : IDisposable
{
    private readonly FileStream _stream;

    private DataFileLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    public string Path { get; }

    /// <summary>The refusal when another process holds the lock on <paramref name="dataFile"/>; null otherwise. Writes nothing.</summary>
    public static string? HeldByAnother(string dataFile)
    {
        var path = dataFile + ".lock";
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return null;
        }
        catch (IOException)
        {
            return Running(dataFile, path);
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Running(string dataFile, string path) =>
        $"{DataFileCheck.Key}: another duty-bot is already running on '{dataFile}' (it holds '{path}'). "
        + "Only one bot or command may use a data file at a time: stop the other one first, or give this one its own "
        + DataFileCheck.Key + ".";

    /// <summary>Takes the lock, creating the data file's folder; null and a one-line reason when it cannot.</summary>
    public static DataFileLock? TryAcquire(string dataFile, out string? problem)
    {
        var path = dataFile + ".lock";
        problem = null;
        try
        {
            var dir = System.IO.Path.GetDirectoryName(dataFile);
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"{DataFileCheck.Key}: cannot create the folder of '{dataFile}': {e.Message}. Choose a folder this user may write to.";
            return null;
        }

        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new DataFileLock(stream, path);
        }
        catch (UnauthorizedAccessException)
        {
            problem = $"{DataFileCheck.Key}: the folder of '{dataFile}' is not writable by this user. Choose a folder this user may write to, or fix its permissions.";
            return null;
        }
        catch (IOException) when (File.Exists(path))
        {
            problem = Running(dataFile, path);
            return null;
        }
        catch (IOException e)
        {
            problem = $"{DataFileCheck.Key}: cannot write beside '{dataFile}': {e.Message}. Choose a folder this user may write to.";
            return null;
        }
    }

    /// <summary>
    /// Releases the lock. The file stays: deleting it could remove a lock another process has just taken on it, and
    /// it is harmless, since the lock is the open handle, not the file.
    /// </summary>
    public void Dispose() => _stream.Dispose();
}
