namespace PortalProbe.Cli.Bench;

/// <summary>The bench command line after parsing: how many cities, how many at once, the sequential sample, where to write.</summary>
internal sealed record BenchSettings(int Cities, int Parallel, int Sample, int Seed, string? Out, string? Data, string? Config, TimeSpan CityBudget)
{
    public const int DefaultSample = 12;

    /// <summary>Problems a user can fix on the command line, each as one sentence, found before anything starts.</summary>
    public IEnumerable<string> Problems(string workingDirectory)
    {
        if (Cities is < 1 or > BenchPopulation.AllCities)
        {
            yield return $"--cities {Cities} is outside 1..{BenchPopulation.AllCities}";
        }

        if (Parallel < 1)
        {
            yield return $"--parallel {Parallel} must be at least 1";
        }

        if (Sample < 1 || (Cities >= 1 && Sample > Cities))
        {
            yield return $"--sample {Sample} must be between 1 and the number of cities ({Cities})";
        }

        if (CityBudget <= TimeSpan.Zero)
        {
            yield return "--city-budget must be at least 1 second";
        }

        if (Out is not null)
        {
            var full = Path.GetFullPath(Out, workingDirectory);
            var folder = Path.GetDirectoryName(full);
            if (Directory.Exists(full))
            {
                yield return $"--out {Out} is a folder; name a file for the JSON figures";
            }
            else if (folder is null || !Directory.Exists(folder))
            {
                yield return $"--out {Out}: the folder {folder} does not exist";
            }
        }

        if (Data is not null)
        {
            var full = Path.GetFullPath(Data, workingDirectory);
            if (File.Exists(full))
            {
                yield return $"--data {Data} is a file; the benchmark needs an empty or new folder";
            }
            else if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            {
                yield return $"--data {Data} is not empty; the benchmark measures a fresh data directory";
            }
        }
    }
}
