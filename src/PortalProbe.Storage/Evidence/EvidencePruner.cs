using Microsoft.Extensions.Logging;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Evidence.Internal;

namespace PortalProbe.Storage.Evidence;

/// <summary>
/// Evidence retention: deletes the evidence files of runs older than the window while keeping every row, so
/// results, scores and the SHA-256 and size of what was captured stay; each row whose file went is marked
/// <c>pruned_at</c>. The store keeps one file for identical content, so a file goes only when no run inside the
/// window names it and no save touched it inside the window (a run still at work has saved files but not yet
/// stored the rows that name them).
/// </summary>
public sealed partial class EvidencePruner
{
    private readonly DataDirectory _dataDirectory;
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<EvidencePruner> _logger;

    public EvidencePruner(
        DataDirectory dataDirectory, StorageOptions options, TimeProvider timeProvider, ILogger<EvidencePruner> logger)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _dataDirectory = dataDirectory;
        _database = new SqliteDatabase(dataDirectory.DatabasePath, options);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Prunes the evidence of runs that started more than <paramref name="keep"/> ago.</summary>
    public async Task<EvidencePruning> PruneAsync(TimeSpan keep, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(keep, TimeSpan.Zero);
        var now = _timeProvider.GetUtcNow();
        var cutoff = now - keep;
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var candidates = await PruneQueries.CandidatesAsync(connection, cutoff, cancellationToken);

        var (deleted, bytes, marked, kept) = (0, 0L, 0, 0);
        foreach (var relativePath in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!EvidencePath.IsStorePath(relativePath))
            {
                LogForeignPath(relativePath);
                continue;
            }

            // Under the write lock no run can store a row naming this file until the decision is made.
            await using var transaction = connection.BeginTransaction(deferred: false);
            if (await PruneQueries.UsedByRecentRunAsync(connection, transaction, relativePath, cutoff, cancellationToken))
            {
                kept++;
                continue;
            }

            var size = PruneFile.DeleteUnlessTouchedSince(ToAbsolute(relativePath), cutoff);
            if (size is null)
            {
                kept++;
                continue;
            }

            marked += await PruneQueries.MarkPrunedAsync(connection, transaction, relativePath, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            deleted += size > 0 ? 1 : 0;
            bytes += size.Value;
        }

        var pruning = new EvidencePruning(cutoff, deleted, bytes, marked, kept);
        LogPruned(pruning.FilesDeleted, pruning.BytesFreed, pruning.RowsMarked, pruning.FilesKept, pruning.Cutoff);
        return pruning;
    }

    private string ToAbsolute(string relativePath) =>
        Path.Combine(_dataDirectory.Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    [LoggerMessage(EventId = 1401, Level = LogLevel.Information,
        Message = "Evidence retention deleted {Files} files ({Bytes} bytes) and marked {Rows} rows pruned; kept {Kept} files still used inside the window (runs before {Cutoff:o})")]
    private partial void LogPruned(int files, long bytes, int rows, int kept, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 1402, Level = LogLevel.Warning,
        Message = "Evidence retention left a row alone: '{RelativePath}' is not a path of the evidence store")]
    private partial void LogForeignPath(string relativePath);
}
