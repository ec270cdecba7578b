using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PortalProbe.Results;
using PortalProbe.Scoring.Exports.Internal;
using PortalProbe.Scoring.Summaries;

namespace PortalProbe.Scoring.Exports;

/// <summary>
/// The evidence manifest written with every export, for a city that disputes a finding: for each scenario
/// result the scores rest on, its URL, its time in Beijing time, its verdict and the SHA-256 of each evidence
/// file; the same for the evaluators' override evidence; and the SHA-256 of the export itself. Beside it, a
/// <c>.sha256</c> file in the format of <c>sha256sum</c>, with paths relative to the data directory, so that
/// anyone can check the files with standard tools: <c>cd DATA &amp;&amp; sha256sum -c FILE.sha256</c>.
/// </summary>
public static class EvidenceManifest
{
    public const string Schema = "portalprobe-evidence-manifest/1";

    public const string Suffix = ".manifest.json";

    public const string ChecksumSuffix = ".sha256";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the manifest and the checksum list beside the export; returns the problems found with the evidence files.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        ScoreReport report, string exportPath, string dataRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var problems = new List<string>();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var exportSha = await FileHash.Sha256Async(exportPath, cancellationToken)
            ?? throw new ExportException($"cannot read back the export '{exportPath}'");
        var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteString("createdAt", BeijingTime.Format(report.CreatedAt));
            json.WriteStartObject("export");
            json.WriteString("file", Path.GetFileName(exportPath));
            json.WriteString("sha256", exportSha);
            json.WriteEndObject();
            json.WriteString("source", report.Results.Source);
            json.WriteString("evidenceRoot", "paths are relative to the PortalProbe data directory");
            json.WriteStartArray("findings");
            foreach (var city in report.Results.Cities)
            {
                var card = report.Cards.First(c => c.City.Code == city.City.Code);
                foreach (var s in city.Scenarios)
                {
                    var result = s.Result;
                    json.WriteStartObject();
                    json.WriteString("city", city.City.Code);
                    json.WriteString("cityName", city.City.Name);
                    json.WriteString("channel", Cities.ChannelKinds.ToId(result.Channel));
                    json.WriteString("scenario", result.Scenario);
                    json.WriteString("kind", Scripts.ScenarioKinds.ToId(result.Kind));
                    json.WriteNumber("runId", s.RunId);
                    json.WriteString("verdict", result.Verdict.ToId());
                    json.WriteString("reason", result.Reason);
                    json.WriteString("time", BeijingTime.Format(result.Final.StartedAt));
                    json.WriteString("url", result.Evidence.Select(e => e.Url).FirstOrDefault(u => u is not null));
                    json.WriteStartArray("indicators");
                    foreach (var leaf in card.Indicators.Where(i => i.Scenarios.Any(r => r.RunId == s.RunId && r.Scenario == result.Scenario && r.Channel == result.Channel)))
                    {
                        json.WriteStringValue(leaf.Id);
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("evidence");
                    foreach (var evidence in result.Evidence)
                    {
                        await EvidenceAsync(json, evidence, dataRoot, files, problems, cancellationToken);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("overrides");
            foreach (var o in report.OverrideHistory)
            {
                json.WriteStartObject();
                json.WriteNumber("id", o.Id);
                json.WriteString("city", o.CityCode);
                json.WriteString("indicator", o.IndicatorId);
                if (o.Value is { } v)
                {
                    json.WriteNumber("value", v);
                }
                else
                {
                    json.WriteNull("value");
                }

                json.WriteString("by", o.By);
                json.WriteString("time", BeijingTime.Format(o.At));
                json.WriteString("reason", o.Reason);
                json.WriteStartArray("evidence");
                if (o.Evidence is { } e)
                {
                    await EvidenceAsync(json, e, dataRoot, files, problems, cancellationToken);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        await AtomicFile.WriteAsync(exportPath + Suffix, s => s.WriteAsync(buffer.ToArray(), cancellationToken).AsTask(), cancellationToken);
        var sums = new StringBuilder();
        foreach (var (path, sha) in files)
        {
            sums.Append(sha).Append("  ").Append(path).Append('\n');
        }

        await AtomicFile.WriteAsync(exportPath + ChecksumSuffix, s => s.WriteAsync(Encoding.UTF8.GetBytes(sums.ToString()), cancellationToken).AsTask(), cancellationToken);
        return problems;
    }

    private static async Task EvidenceAsync(
        Utf8JsonWriter json, EvidenceRef evidence, string dataRoot, SortedDictionary<string, string> files, List<string> problems, CancellationToken cancellationToken)
    {
        json.WriteStartObject();
        json.WriteString("kind", evidence.Kind.ToId());
        json.WriteString("path", evidence.RelativePath);
        json.WriteString("sha256", evidence.Sha256);
        json.WriteNumber("size", evidence.Size);
        json.WriteString("url", evidence.Url);
        json.WriteString("capturedAt", BeijingTime.Format(evidence.CapturedAt));
        json.WriteEndObject();
        if (files.TryAdd(evidence.RelativePath, evidence.Sha256))
        {
            var actual = await FileHash.Sha256Async(ManifestVerifier.Locate(dataRoot, evidence.RelativePath), cancellationToken);
            if (actual != evidence.Sha256)
            {
                problems.Add(actual is null ? $"{evidence.RelativePath}: missing" : $"{evidence.RelativePath}: content differs from its recorded sha256");
            }
        }
    }
}
