using System.Globalization;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>The processes below a process, read from /proc: to find the Chromium a PortalProbe child started.</summary>
internal static class ProcessTree
{
    /// <summary>Descendants of <paramref name="root"/> as (pid, command name, start time in clock ticks).</summary>
    public static List<(int Pid, string Name, long Start)> Descendants(int root)
    {
        var all = Snapshot();
        var found = new List<(int, string, long)>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in all.Where(p => p.Parent == parent))
            {
                found.Add((child.Pid, child.Name, child.Start));
                frontier.Enqueue(child.Pid);
            }
        }

        return found;
    }

    /// <summary>True while the process with this pid and start time runs (a reused pid is another process).</summary>
    public static bool IsAlive(int pid, long start) =>
        Read(pid) is { } process && process.Start == start && !process.Zombie;

    private static List<(int Pid, int Parent, string Name, long Start, bool Zombie)> Snapshot() =>
        [.. Directory.GetDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? Read(pid) : null)
            .OfType<(int, int, string, long, bool)>()];

    private static (int Pid, int Parent, string Name, long Start, bool Zombie)? Read(int pid)
    {
        try
        {
            // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            var name = stat[(stat.IndexOf('(', StringComparison.Ordinal) + 1)..close];
            var fields = stat[(close + 2)..].Split(' ');
            return (pid, int.Parse(fields[1], CultureInfo.InvariantCulture), name, long.Parse(fields[19], CultureInfo.InvariantCulture), fields[0] == "Z");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
