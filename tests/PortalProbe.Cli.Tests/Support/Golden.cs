namespace PortalProbe.Cli.Tests.Support;

/// <summary>
/// Compares output a person reads with a file under Golden/. Set PORTALPROBE_UPDATE_GOLDEN=1 to rewrite the
/// files in the source tree, then review the diff.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        var normalized = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var source = Path.Combine(Testing.RepoPaths.Root, "tests", "PortalProbe.Cli.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("PORTALPROBE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, normalized);
            Assert.Warn($"golden file {name} rewritten");
            return;
        }

        Assert.That(File.Exists(source), Is.True, $"golden file {source} is missing; run with PORTALPROBE_UPDATE_GOLDEN=1 to create it");
        Assert.That(normalized, Is.EqualTo(File.ReadAllText(source)), $"output differs from golden file {name}");
    }
}
