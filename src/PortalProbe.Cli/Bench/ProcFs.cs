using System.Globalization;

namespace PortalProbe.Cli.Bench;

/// <summary>One process as /proc shows it: its id, its parent's id and its command name (at most 15 characters).</summary>
internal sealed record ProcEntry(int Pid, int ParentPid, string Command);

/// <summary>
/// Reads Linux's /proc: the process table and each process's proportional set size (PSS, from smaps_rollup), which
/// shares each page among the processes that map it, so Chromium's many processes add up to what they really use.
/// Where smaps_rollup cannot be read, the resident set size (RSS, which counts shared pages in every process) stands in.
/// </summary>
internal static class ProcFs
{
    private const string Root = "/proc";

    /// <summary>Every process readable now; processes that exit while being read are left out.</summary>
    public static IReadOnlyList<ProcEntry> Processes()
    {
        var entries = new List<ProcEntry>();
        foreach (var dir in Directory.EnumerateDirectories(Root))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            if (TryRead(Path.Combine(dir, "stat")) is { } stat && ParseStat(stat) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>
    /// Parses a /proc/PID/stat line: <c>pid (comm) state ppid ...</c>. The command may hold spaces and parentheses,
    /// so it ends at the last ')'. Null when the line is not of that form.
    /// </summary>
    public static ProcEntry? ParseStat(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var open = line.IndexOf('(', StringComparison.Ordinal);
        var close = line.LastIndexOf(')');
        if (open < 1 || close < open)
        {
            return null;
        }

        var rest = line[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return rest.Length >= 2
            && int.TryParse(line[..open].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && int.TryParse(rest[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            ? new ProcEntry(pid, parent, line[(open + 1)..close])
            : null;
    }

    /// <summary>The process's memory in bytes and how it was measured ("PSS" or "RSS"); null when it is gone.</summary>
    public static (long Bytes, string Measure)? Memory(int pid)
    {
        if (TryRead($"{Root}/{pid.ToString(CultureInfo.InvariantCulture)}/smaps_rollup") is { } rollup && Kilobytes(rollup, "Pss:") is { } pss)
        {
            return (pss * 1024, "PSS");
        }

        return TryRead($"{Root}/{pid.ToString(CultureInfo.InvariantCulture)}/status") is { } status && Kilobytes(status, "VmRSS:") is { } rss
            ? (rss * 1024, "RSS")
            : null;
    }

    /// <summary>The value of a "Name:   1234 kB" line of a /proc file, in kB; null when the file has no such line.</summary>
    public static long? Kilobytes(string text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var value = line[field.Length..].Trim();
                var end = value.IndexOf(' ', StringComparison.Ordinal);
                return long.TryParse(end < 0 ? value : value[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : null;
            }
        }

        return null;
    }

    /// <summary>The processes descended from <paramref name="root"/> (not itself), found through their parents.</summary>
    public static IReadOnlyList<ProcEntry> Descendants(IReadOnlyList<ProcEntry> table, int root)
    {
        ArgumentNullException.ThrowIfNull(table);
        var children = table.ToLookup(p => p.ParentPid);
        var found = new List<ProcEntry>();
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            foreach (var child in children[pid])
            {
                found.Add(child);
                pending.Push(child.Pid);
            }
        }

        return found;
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process exited, or is not ours to read
        }
    }
}
