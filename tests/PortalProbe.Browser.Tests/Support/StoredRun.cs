using System.Security.Cryptography;
using PortalProbe.Results;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>Reads back what a run stored: the facts of a scenario and the bytes of its evidence files.</summary>
internal static class StoredRun
{
    public static string Fact(ScenarioResult result, string name) =>
        result.Facts.SingleOrDefault(f => f.Name == name)?.Value ?? throw new AssertionException($"no fact '{name}' in [{string.Join(", ", result.Facts)}]");

    public static byte[] Bytes(ProbeWorkspace workspace, EvidenceRef evidence) => File.ReadAllBytes(workspace.Evidence.PathOf(evidence));

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static string Describe(ScenarioResult result) =>
        $"{result.Scenario}: {result.Verdict} ({result.Reason})" + string.Concat(result.Attempts.Select(a =>
            $"\n  attempt {a.Number} ({a.Duration.TotalMilliseconds:0} ms): {a.Verdict} {a.Reason}"
            + string.Concat(a.Steps.Select(s => $"\n    {s.Index} {s.Outcome} ({s.Duration.TotalMilliseconds:0} ms) {s.Description} {s.Message}"))));
}
