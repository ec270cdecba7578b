using System.Text.Encodings.Web;
using System.Text.Json;
using PortalProbe.Cities;
using PortalProbe.Overrides;
using PortalProbe.Results;
using PortalProbe.Scoring.Exports.Internal;
using PortalProbe.Scoring.Scores;
using PortalProbe.Scoring.Summaries;

namespace PortalProbe.Scoring.Exports;

/// <summary>The whole score report as one JSON document for other programs; the schema is docs/export.md.</summary>
public static class JsonExporter
{
    /// <summary>The value of the document's <c>schema</c> field; it changes when a field changes meaning.</summary>
    public const string Schema = "portalprobe-scores/1";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(ScoreReport report, int? level, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteString("createdAt", BeijingTime.Format(report.CreatedAt));
        json.WriteString("source", report.Results.Source);
        json.WriteString("baseline", report.BaselineSource);
        json.WriteNumber("maxLevel", level ?? report.Catalogue.All.Max(i => i.Level));
        Catalogue(json, report, level);
        json.WriteStartArray("cities");
        foreach (var ranked in report.Ranking)
        {
            City(json, ranked, level);
        }

        json.WriteEndArray();
        National(json, report);
        Averages(json, report);
        json.WriteStartArray("changes");
        foreach (var c in report.Changes)
        {
            json.WriteStartObject();
            json.WriteString("city", c.City.Code);
            json.WriteString("indicator", c.IndicatorId);
            json.WriteString("name", c.Name);
            json.WriteNumber("level", c.Level);
            Number(json, "before", c.Before);
            Number(json, "after", c.After);
            Number(json, "delta", c.Delta);
            json.WriteString("kind", c.Kind switch
            {
                ChangeKind.Regressed => "regressed",
                ChangeKind.NoLongerMeasured => "no-longer-measured",
                ChangeKind.Improved => "improved",
                _ => "newly-measured",
            });
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("overrides");
        foreach (var o in report.OverrideHistory)
        {
            Override(json, o);
        }

        json.WriteEndArray();
        json.WriteStartArray("notMeasured");
        foreach (var card in report.Cards)
        {
            foreach (var leaf in card.NotMeasuredLeaves)
            {
                json.WriteStartObject();
                json.WriteString("city", card.City.Code);
                json.WriteString("indicator", leaf.Id);
                json.WriteString("name", leaf.Name);
                json.WriteString("reason", leaf.Reason);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void Catalogue(Utf8JsonWriter json, ScoreReport report, int? level)
    {
        json.WriteStartObject("catalogue");
        json.WriteString("file", report.Catalogue.File);
        json.WriteString("channels", report.Catalogue.Channels.ToString().ToLowerInvariant());
        json.WriteStartArray("indicators");
        foreach (var i in report.Catalogue.All.Where(i => level is null || i.Level <= level))
        {
            json.WriteStartObject();
            json.WriteString("id", i.Id);
            json.WriteString("name", i.Name);
            json.WriteNumber("level", i.Level);
            json.WriteString("parent", i.ParentId);
            json.WriteNumber("weight", i.Weight);
            json.WriteBoolean("veto", i.Veto);
            json.WriteString("rule", i.Rule is null ? null : RuleText.Describe(i.Rule));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void City(Utf8JsonWriter json, RankedCity ranked, int? level)
    {
        var card = ranked.Card;
        json.WriteStartObject();
        CityFields(json, card.City);
        if (ranked.Rank is { } rank)
        {
            json.WriteNumber("rank", rank);
        }
        else
        {
            json.WriteNull("rank");
        }

        json.WritePropertyName("total");
        Score(json, card.Total);
        json.WriteStartArray("indicators");
        foreach (var score in card.Indicators.Where(i => level is null || i.Level <= level))
        {
            Score(json, score);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void CityFields(Utf8JsonWriter json, CityInfo city)
    {
        json.WriteString("code", city.Code);
        json.WriteString("name", city.Name);
        json.WriteString("province", city.Province);
        json.WriteString("tier", city.Tier);
        json.WriteString("level", city.Level);
    }

    private static void Score(Utf8JsonWriter json, IndicatorScore score)
    {
        json.WriteStartObject();
        json.WriteString("id", score.Id);
        json.WriteString("name", score.Name);
        json.WriteNumber("level", score.Level);
        Number(json, "score", score.Score);
        json.WriteString("status", score.Status.ToId());
        json.WriteBoolean("incomplete", score.Incomplete);
        json.WriteString("reason", score.Reason);
        Number(json, "computed", score.Computed);
        json.WriteString("channel", score.Channel?.ToId());
        json.WriteStartArray("missingLeaves");
        foreach (var id in score.MissingLeaves)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
        if (score.Override is { } o)
        {
            json.WritePropertyName("override");
            Override(json, o);
        }
        else
        {
            json.WriteNull("override");
        }

        json.WriteStartObject("facts");
        foreach (var fact in score.Facts.DistinctBy(f => f.Name))
        {
            json.WritePropertyName(fact.Name);
            JsonSerializer.Serialize(json, fact.ToJsonValue());
        }

        json.WriteEndObject();
        json.WriteStartArray("scenarios");
        foreach (var s in score.Scenarios)
        {
            json.WriteStartObject();
            json.WriteNumber("runId", s.RunId);
            json.WriteString("scenario", s.Scenario);
            json.WriteString("channel", s.Channel.ToId());
            json.WriteString("verdict", s.Verdict.ToId());
            json.WriteString("reason", s.Reason);
            json.WriteBoolean("live", s.Live);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("evidence");
        foreach (var e in score.Evidence)
        {
            Evidence(json, e);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void National(Utf8JsonWriter json, ScoreReport report)
    {
        json.WriteStartObject("national");
        json.WriteStartArray("figures");
        foreach (var f in report.National)
        {
            json.WriteStartObject();
            json.WriteString("id", f.Figure.Id);
            json.WriteString("label", f.Figure.Label);
            json.WriteString("indicator", f.Figure.IndicatorId);
            json.WriteString("of", f.Figure.Of);
            json.WriteNumber("count", f.Count);
            json.WriteNumber("base", f.Base);
            Number(json, "percent", f.Percent is { } p ? Math.Round(p, 2) : null);
            json.WriteNumber("notMeasured", f.NotMeasured);
            json.WriteString("text", f.Text(report.National));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Means(json, "means", report.NationalMeans);
        json.WriteEndObject();
    }

    private static void Averages(Utf8JsonWriter json, ScoreReport report)
    {
        json.WriteStartObject("averages");
        foreach (var (grouping, groups) in report.Averages)
        {
            json.WriteStartArray(grouping.ToString().ToLowerInvariant());
            foreach (var g in groups)
            {
                json.WriteStartObject();
                json.WriteString("group", g.Group);
                json.WriteNumber("cities", g.Cities);
                Means(json, "means", g.Means);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Means(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, (double? Mean, int Measured)> means)
    {
        json.WriteStartObject(name);
        foreach (var (id, (mean, measured)) in means)
        {
            json.WriteStartObject(id);
            Number(json, "mean", mean is { } m ? Math.Round(m, 2) : null);
            json.WriteNumber("measured", measured);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Override(Utf8JsonWriter json, IndicatorOverride o)
    {
        json.WriteStartObject();
        json.WriteNumber("id", o.Id);
        json.WriteString("city", o.CityCode);
        json.WriteString("indicator", o.IndicatorId);
        Number(json, "value", o.Value);
        json.WriteString("reason", o.Reason);
        json.WriteString("by", o.By);
        json.WriteString("at", BeijingTime.Format(o.At));
        if (o.Evidence is { } e)
        {
            json.WritePropertyName("evidence");
            Evidence(json, e);
        }
        else
        {
            json.WriteNull("evidence");
        }

        json.WriteEndObject();
    }

    private static void Evidence(Utf8JsonWriter json, EvidenceRef e)
    {
        json.WriteStartObject();
        json.WriteString("kind", e.Kind.ToId());
        json.WriteString("sha256", e.Sha256);
        json.WriteString("path", e.RelativePath);
        json.WriteString("url", e.Url);
        json.WriteString("capturedAt", BeijingTime.Format(e.CapturedAt));
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
