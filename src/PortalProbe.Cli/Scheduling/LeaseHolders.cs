using System.Diagnostics;
using System.Globalization;
using PortalProbe.Storage.Leases;

namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// Who holds a lease, as written in its row: <c>host:pid:random</c>. The host and process id say where the holder
/// runs, the random part tells two lives of one process id apart. A holder on this host whose process no longer
/// exists (killed with kill -9, crashed) is gone: its lease may be taken over before it expires. A holder on another
/// host, or one whose id is not of this form, is never judged gone: its lease is waited out.
/// </summary>
internal static class LeaseHolders
{
    /// <summary>A holder id unique to this process.</summary>
    public static string ForThisProcess() =>
        $"{Environment.MachineName}:{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>True only when the lease's holder ran on this host and its process is gone (or a zombie).</summary>
    public static bool IsGone(Lease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return TryParse(lease.Holder, out var host, out var pid)
            && string.Equals(host, Environment.MachineName, StringComparison.OrdinalIgnoreCase)
            && pid != Environment.ProcessId
            && !IsRunning(pid);
    }

    /// <summary>Splits <c>host:pid:random</c>; false for any other form.</summary>
    public static bool TryParse(string holder, out string host, out int pid)
    {
        ArgumentNullException.ThrowIfNull(holder);
        (host, pid) = (string.Empty, 0);
        var last = holder.LastIndexOf(':');
        var middle = last > 0 ? holder.LastIndexOf(':', last - 1) : -1;
        if (middle <= 0 || !int.TryParse(holder.AsSpan(middle + 1, last - middle - 1), NumberStyles.None, CultureInfo.InvariantCulture, out pid) || pid <= 0)
        {
            return false;
        }

        host = holder[..middle];
        return true;
    }

    /// <summary>Whether a process with this id runs on this machine; a zombie (dead, not yet reaped) does not.</summary>
    internal static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat";
        if (Directory.Exists("/proc/self"))
        {
            try
            {
                // The state is the field after the command name, which is in parentheses and may hold spaces.
                var text = File.ReadAllText(stat);
                var state = text.AsSpan(text.LastIndexOf(')') + 1).TrimStart();
                return state.Length > 0 && state[0] is not ('Z' or 'X' or 'x');
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return false;
            }
            catch (IOException)
            {
                // The process ended while it was read (then the file is gone), or /proc answered oddly: while the
                // file is there, assume it runs, so that the lease is waited out rather than taken from a live holder.
                return File.Exists(stat);
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
