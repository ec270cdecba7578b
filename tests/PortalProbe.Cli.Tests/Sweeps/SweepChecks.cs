using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Storage;
using PortalProbe.Storage.Results;
using PortalProbe.Storage.Sweeps;
using PortalProbe.Sweeps;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>Checks folders and stored sweeps for the sweep tests.</summary>
internal static class SweepChecks
{
    /// <summary>
    /// A checks folder with the repository's templates and data files and, per portal, 杭州's example script
    /// pointed at that portal's address under the portal's code and name.
    /// </summary>
    public static string Write(TempDirectory work, IEnumerable<PortalPersonality> portals)
    {
        var folder = work.Combine("checks");
        CopyFolder(RepoPaths.Checks, folder, skip: "cities");
        var hangzhou = File.ReadAllText(Path.Combine(RepoPaths.Checks, "cities", "330100-hangzhou.yaml"));
        Directory.CreateDirectory(Path.Combine(folder, "cities"));
        foreach (var portal in portals)
        {
            var script = hangzhou
                .Replace("\"330100\"", $"\"{portal.CityCode}\"", StringComparison.Ordinal)
                .Replace("杭州市", portal.CityName, StringComparison.Ordinal)
                .Replace("127.10.0.1", portal.Address, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "cities", $"{portal.CityCode}.yaml"), script);
        }

        return folder;
    }

    public static async Task<(Sweep Sweep, IReadOnlyList<SweepCity> Cities, IReadOnlyList<CityRunResult> Runs)> ReadAsync(string data, long sweepId)
    {
        var directory = DataDirectory.Resolve(data, _ => null, Path.GetTempPath());
        var sweeps = new SqliteSweepStore(directory, new StorageOptions(), NullLogger<SqliteSweepStore>.Instance);
        var results = new SqliteResultStore(directory, TimeProvider.System, NullLogger<SqliteResultStore>.Instance);
        var sweep = await sweeps.FindAsync(sweepId, CancellationToken.None);
        Assert.That(sweep, Is.Not.Null, $"sweep {sweepId} is recorded");
        var cities = await sweeps.CitiesAsync(sweepId, CancellationToken.None);
        var runs = new List<CityRunResult>();
        foreach (var city in cities.Where(c => c.RunId is not null))
        {
            runs.Add((await results.FindRunAsync(city.RunId!.Value, CancellationToken.None))!);
        }

        return (sweep!, cities, runs);
    }

    /// <summary>Whether a sweep with this id is recorded (null when not), without asserting it is.</summary>
    public static async Task<Sweep?> TryReadAsync(string data, long sweepId)
    {
        var directory = DataDirectory.Resolve(data, _ => null, Path.GetTempPath());
        var sweeps = new SqliteSweepStore(directory, new StorageOptions(), NullLogger<SqliteSweepStore>.Instance);
        return await sweeps.FindAsync(sweepId, CancellationToken.None);
    }

    private static void CopyFolder(string from, string to, string skip)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) != skip))
        {
            CopyFolder(directory, Path.Combine(to, Path.GetFileName(directory)), skip);
        }
    }
}
