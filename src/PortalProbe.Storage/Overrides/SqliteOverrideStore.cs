using Microsoft.EntityFrameworkCore;
using PortalProbe.Overrides;
using PortalProbe.Results;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Overrides;

/// <summary>
/// The evaluators' overrides in the results database, as an append-only history (the schema's triggers refuse
/// any change or deletion). Every call is one short transaction on its own connection; writes take the write
/// lock first (<c>BEGIN IMMEDIATE</c>), so the check that a removal has something to remove and the write are one step.
/// The database must be at the current schema version (open a result store on it first: that migrates it).
/// </summary>
public sealed class SqliteOverrideStore : IOverrideStore
{
    private readonly SqliteDatabase _database;

    public SqliteOverrideStore(DataDirectory dataDirectory, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        _database = new SqliteDatabase(dataDirectory.DatabasePath, options);
    }

    public SqliteOverrideStore(string databasePath, StorageOptions options)
    {
        _database = new SqliteDatabase(databasePath, options);
    }

    /// <exception cref="OverrideException">The city was never run, or a removal finds no override in force.</exception>
    public async Task<IndicatorOverride> AddAsync(NewOverride entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Value is < 0 or > 100 || entry.Value is { } v && !double.IsFinite(v))
        {
            throw new ArgumentOutOfRangeException(nameof(entry), entry.Value, "an override is a score from 0 to 100");
        }

        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginWriteAsync(db, cancellationToken);
        if (!await db.Cities.AnyAsync(c => c.Code == entry.CityCode, cancellationToken))
        {
            throw new OverrideException($"city {entry.CityCode} has no stored run; only a city that was checked can be scored");
        }

        if (entry.Value is null)
        {
            var latest = await db.Overrides.AsNoTracking()
                .Where(o => o.CityCode == entry.CityCode && o.IndicatorId == entry.IndicatorId)
                .OrderByDescending(o => o.DecidedAt).ThenByDescending(o => o.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (latest?.Value is null)
            {
                throw new OverrideException($"there is no override in force for city {entry.CityCode} and indicator {entry.IndicatorId} to remove");
            }
        }

        var row = new OverrideRow
        {
            CityCode = entry.CityCode,
            IndicatorId = entry.IndicatorId,
            Value = entry.Value,
            Reason = entry.Reason,
            DecidedBy = entry.By,
            DecidedAt = StoredText.Timestamp(entry.At),
            EvidenceKind = entry.Evidence?.Kind.ToId(),
            EvidenceSha256 = entry.Evidence?.Sha256,
            EvidenceSize = entry.Evidence?.Size,
            EvidencePath = entry.Evidence?.RelativePath,
        };
        db.Overrides.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ToOverride(row);
    }

    public async Task<IReadOnlyList<IndicatorOverride>> HistoryAsync(string? cityCode, CancellationToken cancellationToken)
    {
        await using var db = _database.CreateContext();
        var rows = await db.Overrides.AsNoTracking()
            .Where(o => cityCode == null || o.CityCode == cityCode)
            .OrderBy(o => o.DecidedAt).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToOverride)];
    }

    private static IndicatorOverride ToOverride(OverrideRow row)
    {
        var at = StoredText.ParseTimestamp(row.DecidedAt);
        EvidenceRef? evidence = null;
        if (row.EvidenceSha256 is { } sha && row.EvidencePath is { } path)
        {
            if (!Enum.TryParse<EvidenceKind>(row.EvidenceKind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            {
                throw new InvalidDataException($"override {row.Id} has evidence of unknown kind '{row.EvidenceKind}'");
            }

            evidence = new EvidenceRef(kind, sha, row.EvidenceSize ?? 0, path, null, at, "override");
        }

        return new IndicatorOverride(row.Id, row.CityCode, row.IndicatorId, row.Value, row.Reason, row.DecidedBy, at, evidence);
    }
}
