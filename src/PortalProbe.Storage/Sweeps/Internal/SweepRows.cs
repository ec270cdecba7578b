using System.Text.Json;
using Microsoft.Data.Sqlite;
using PortalProbe.Cities;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Sweeps;

namespace PortalProbe.Storage.Sweeps.Internal;

/// <summary>Reads sweeps, their cities and regressions from rows, and writes their enum values.</summary>
internal static class SweepRows
{
    public const string SweepColumns = "id, started_at, finished_at, mode, campaign_id, checks_dir, vars, parallel";

    public static string Vars(IReadOnlyDictionary<string, string> vars) =>
        JsonSerializer.Serialize(vars.OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));

    /// <summary>A sweep row (<see cref="SweepColumns"/>) with its cities' codes in order.</summary>
    public static Sweep Sweep(SqliteDataReader row, IReadOnlyList<string> cities) => new(
        row.GetInt64(0),
        StoredText.ParseTimestamp(row.GetString(1)),
        row.IsDBNull(2) ? null : StoredText.ParseTimestamp(row.GetString(2)),
        new SweepRequest(
            cities,
            row.GetString(5),
            JsonSerializer.Deserialize<Dictionary<string, string>>(row.GetString(6)) ?? [],
            row.GetString(3),
            row.IsDBNull(4) ? null : row.GetInt64(4),
            (int)row.GetInt64(7)));

    /// <summary>
    /// A sweep city row (<c>city_code, position, state, run_id</c>). <see cref="SweepCityState.Recheck"/> is stored
    /// without a schema change as <c>running</c> with its run: 0006 allows a run on a city that is not done (only
    /// <c>done</c> needs one), and no earlier PortalProbe wrote a run on a running city.
    /// </summary>
    public static SweepCity City(SqliteDataReader row)
    {
        var runId = row.IsDBNull(3) ? (long?)null : row.GetInt64(3);
        var state = row.GetString(2) switch
        {
            "pending" => SweepCityState.Pending,
            "running" when runId is not null => SweepCityState.Recheck,
            "running" => SweepCityState.Running,
            "done" => SweepCityState.Done,
            var other => throw new InvalidDataException($"'{other}' is not a sweep city state"),
        };
        return new SweepCity(row.GetString(0), (int)row.GetInt64(1), state, runId);
    }

    public static Regression Regression(SqliteDataReader row) => new(
        row.GetString(0),
        ChannelKinds.TryParse(row.GetString(1), out var channel) ? channel : throw new InvalidDataException($"'{row.GetString(1)}' is not a channel"),
        row.GetString(2),
        row.GetInt64(3),
        row.GetInt64(4),
        row.GetInt64(5),
        row.GetString(6));
}
