using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PortalProbe.Cli.Bench;

/// <summary>The benchmark's figures as text to read (and paste into the README) and as JSON for <c>--out</c>.</summary>
internal static class BenchReport
{
    public static IReadOnlyList<string> Lines(BenchFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var lines = new List<string>
        {
            I($"portalprobe bench, {f.Date:yyyy-MM-dd HH:mm} UTC, {f.Cores} cores, load average {f.LoadBefore} before, {f.LoadAfter} after"),
            I($"command: {f.Command}"),
            "",
            I($"sweep:        {f.Cities} cities, {f.Parallel} at a time, dry run, every scenario on every channel"),
            I($"wall time:    {Minutes(f.Wall)} ({f.CitiesPerMinute:0.0} cities per minute){(f.CitiesNotRun > 0 ? $"; {f.CitiesNotRun} cities could not run" : "")}"),
            I($"speed-up:     {f.SpeedUp:0.0}x (sequential sample of {f.SampleCities} cities: {Minutes(f.SequentialWall)}, {Seconds(f.SequentialWall / Math.Max(1, f.SampleCities))} a city; parallel: {Seconds(f.Wall / Math.Max(1, f.Cities))} a city)"),
            I($"peak memory:  PortalProbe {Bytes(f.Memory.PortalProbe)} (with the in-process simulator), Chromium {Bytes(f.Memory.Chromium)} (all its processes), everything {Bytes(f.Memory.Everything)} ({f.Memory.Measure}, {f.Memory.Samples} samples)"),
            I($"evidence:     {Bytes(f.EvidenceBytesPerCity)} per city ({Bytes(f.EvidenceBytes)} stored)"),
            I($"ground truth: {f.Matches} of {f.FunctionsCompared} city-functions match; false passes {f.FalsePasses}, false fails {f.FalseFails}, errors {f.Errors}"),
        };
        lines.AddRange(f.Mismatches.Take(12).Select(m => "  mismatch: " + m));
        if (f.Mismatches.Count > 12)
        {
            lines.Add(I($"  ... and {f.Mismatches.Count - 12} more mismatches (all in --out)"));
        }

        var total = f.Profile.Sum(p => p.Total.TotalSeconds);
        if (total > 0)
        {
            lines.Add("time by kind: " + string.Join(", ", f.Profile.Select(p =>
                I($"{p.Kind} {p.Total.TotalSeconds / total:0%} ({p.Scenarios}, re-checks {p.Rechecks.TotalSeconds / total:0%})"))) + " of the scenarios' summed time");
        }

        lines.Add(I($"links:        PortalProbe {Minutes(f.PortalProbeLinks.Elapsed)}, {f.PortalProbeLinks.TrueBroken} of {f.PortalProbeLinks.TruthBroken} true broken links found, {f.PortalProbeLinks.FalseBroken} false"));
        lines.Add(f.LinkcheckerLinks is { } lc
            ? I($"              linkchecker {Minutes(lc.Elapsed)}, {lc.TrueBroken} of {lc.TruthBroken} true broken links found, {lc.FalseBroken} false; requests outside 127.0.0.0/8: {f.LinkcheckerOutsideLoopback}")
            : "              linkchecker: " + f.LinkcheckerNote);
        lines.Add("");
        lines.Add("goals:");
        foreach (var goal in f.Goals())
        {
            lines.Add(I($"  {goal.StatusText,-12} {goal.Name} ({goal.Target}): {goal.Measured}"));
        }

        return lines;
    }

    public static string Json(BenchFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var document = new
        {
            date = f.Date,
            command = f.Command,
            loadAverageBefore = f.LoadBefore,
            loadAverageAfter = f.LoadAfter,
            cores = f.Cores,
            cities = f.Cities,
            parallel = f.Parallel,
            wallSeconds = Math.Round(f.Wall.TotalSeconds, 1),
            citiesPerMinute = Math.Round(f.CitiesPerMinute, 2),
            citiesNotRun = f.CitiesNotRun,
            sampleCities = f.SampleCities,
            sequentialWallSeconds = Math.Round(f.SequentialWall.TotalSeconds, 1),
            speedUp = Math.Round(f.SpeedUp, 2),
            memory = new { measure = f.Memory.Measure, portalProbeBytes = f.Memory.PortalProbe, chromiumBytes = f.Memory.Chromium, everythingBytes = f.Memory.Everything, samples = f.Memory.Samples },
            evidenceBytes = f.EvidenceBytes,
            evidenceBytesPerCity = f.EvidenceBytesPerCity,
            groundTruth = new { compared = f.FunctionsCompared, matches = f.Matches, falsePasses = f.FalsePasses, falseFails = f.FalseFails, errors = f.Errors, mismatches = f.Mismatches },
            profile = f.Profile.Select(p => new { kind = p.Kind, scenarios = p.Scenarios, seconds = Math.Round(p.Total.TotalSeconds, 1), recheckSeconds = Math.Round(p.Rechecks.TotalSeconds, 1) }),
            links = new[] { f.PortalProbeLinks, f.LinkcheckerLinks }.OfType<LinkFigures>()
                .Select(l => new { tool = l.Tool, seconds = Math.Round(l.Elapsed.TotalSeconds, 1), trueBroken = l.TrueBroken, falseBroken = l.FalseBroken, truthBroken = l.TruthBroken }),
            linkchecker = f.LinkcheckerNote,
            linkcheckerOutsideLoopback = f.LinkcheckerOutsideLoopback,
            goals = f.Goals().Select(g => new { name = g.Name, target = g.Target, measured = g.Measured, status = g.StatusText }),
        };
        return JsonSerializer.Serialize(document, Options);
    }

    /// <summary>"12 min 05 s", or "48.2 s" under a minute.</summary>
    public static string Minutes(TimeSpan t) => t < TimeSpan.FromMinutes(1)
        ? Seconds(t)
        : I($"{(int)t.TotalMinutes} min {t.Seconds:00} s");

    public static string Seconds(TimeSpan t) => I($"{t.TotalSeconds:0.0} s");

    /// <summary>"1.25 GiB", "312 MiB" or "640 KiB".</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => I($"{bytes / (double)(1L << 30):0.00} GiB"),
        >= 1L << 20 => I($"{bytes / (double)(1L << 20):0} MiB"),
        _ => I($"{bytes / 1024.0:0} KiB"),
    };

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
