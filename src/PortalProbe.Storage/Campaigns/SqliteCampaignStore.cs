using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Storage.Campaigns.Internal;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Database.Rows;
using PortalProbe.Storage.Schema;

namespace PortalProbe.Storage.Campaigns;

/// <summary>
/// Campaigns, the ledger of live actions and their tickets, in the same SQLite file as the results. Every call
/// is one short transaction on its own connection; every write begins with <c>BEGIN IMMEDIATE</c>, so a check
/// and the write it guards are one step even when several processes share the file. That is what makes a
/// claim safe: of any number of runs claiming the same action at once, exactly one is granted.
/// </summary>
public sealed class SqliteCampaignStore : ICampaignStore
{
    private readonly SqliteDatabase _database;
    private readonly ILogger<SqliteCampaignStore> _logger;

    public SqliteCampaignStore(DataDirectory dataDirectory, TimeProvider timeProvider, ILogger<SqliteCampaignStore> logger)
        : this(dataDirectory, new StorageOptions(), timeProvider, logger)
    {
    }

    public SqliteCampaignStore(
        DataDirectory dataDirectory, StorageOptions options, TimeProvider timeProvider, ILogger<SqliteCampaignStore> logger)
        : this(PathOf(dataDirectory), options, timeProvider, logger)
    {
    }

    /// <remarks>
    /// Every time this store writes is passed in by its caller, so the clock is not kept; it is taken so that a
    /// host builds this store exactly as it builds <see cref="Results.SqliteResultStore"/>.
    /// </remarks>
    public SqliteCampaignStore(
        string databasePath, StorageOptions options, TimeProvider timeProvider, ILogger<SqliteCampaignStore> logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _database = new SqliteDatabase(databasePath, options);
        _logger = logger;
    }

    public string DatabasePath => _database.Path;

    /// <summary>Migrates the data directory's database to the current schema and opens a store on it.</summary>
    /// <exception cref="SchemaVersionException">The database was written by a newer PortalProbe.</exception>
    public static Task<SqliteCampaignStore> OpenAsync(
        DataDirectory dataDirectory, StorageOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory,
        CancellationToken cancellationToken) =>
        OpenAsync(PathOf(dataDirectory), options, timeProvider, loggerFactory, cancellationToken);

    /// <summary>Migrates the database file to the current schema and opens a store on it.</summary>
    /// <exception cref="SchemaVersionException">The database was written by a newer PortalProbe.</exception>
    public static async Task<SqliteCampaignStore> OpenAsync(
        string databasePath, StorageOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var migrator = new SchemaMigrator(databasePath, options, timeProvider, loggerFactory.CreateLogger<SchemaMigrator>());
        await migrator.MigrateAsync(cancellationToken);
        return new SqliteCampaignStore(databasePath, options, timeProvider, loggerFactory.CreateLogger<SqliteCampaignStore>());
    }

    /// <exception cref="CampaignException">
    /// The name is not valid, another campaign has it (names ignore case), or another campaign is open.
    /// </exception>
    public async Task<Campaign> StartAsync(string name, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        if (!Campaign.IsValidName(name))
        {
            throw new CampaignException(
                $"'{name}' is not a campaign name: use 1 to 64 letters, digits, '-', '_' or '.'");
        }

        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginWriteAsync(db, cancellationToken);
        if (await CampaignLookups.FindByNameAsync(db, name, cancellationToken) is { } taken)
        {
            var state = taken.ClosedAt is null ? "still open" : $"closed {taken.ClosedAt}";
            throw new CampaignException(
                $"a campaign named '{taken.Name}' already exists (started {taken.StartedAt}, {state}); choose another name");
        }

        if (await CampaignLookups.FindOpenAsync(db, cancellationToken) is { } open)
        {
            throw new CampaignException(
                $"campaign '{open.Name}' is still open (started {open.StartedAt}); close it before starting '{name}'");
        }

        var row = new CampaignRow { Name = name, StartedAt = StoredText.Timestamp(startedAt) };
        db.Campaigns.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        CampaignStoreLog.Started(_logger, row.Id, row.Name);
        return CampaignRowMapping.ToCampaign(row);
    }

    public async Task<Campaign?> FindOpenAsync(CancellationToken cancellationToken)
    {
        await using var db = _database.CreateContext();
        var row = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.ClosedAt == null, cancellationToken);
        return row is null ? null : CampaignRowMapping.ToCampaign(row);
    }

    /// <summary>Every campaign, oldest first.</summary>
    public async Task<IReadOnlyList<Campaign>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = _database.CreateContext();
        var rows = await db.Campaigns.AsNoTracking()
            .OrderBy(c => c.StartedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(CampaignRowMapping.ToCampaign)];
    }

    /// <exception cref="CampaignException">No campaign has the name, or it is already closed.</exception>
    /// <exception cref="ArgumentException"><paramref name="closedAt"/> is before the campaign started.</exception>
    public async Task<Campaign> CloseAsync(string name, DateTimeOffset closedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginWriteAsync(db, cancellationToken);
        var row = await CampaignLookups.FindByNameAsync(db, name, cancellationToken)
            ?? throw new CampaignException($"no campaign is named '{name}'");
        if (row.ClosedAt is not null)
        {
            throw new CampaignException($"campaign '{row.Name}' was already closed {row.ClosedAt}");
        }

        if (closedAt < StoredText.ParseTimestamp(row.StartedAt))
        {
            throw new ArgumentException(
                $"campaign '{row.Name}' started {row.StartedAt} and cannot close before that ({StoredText.Timestamp(closedAt)})",
                nameof(closedAt));
        }

        row.ClosedAt = StoredText.Timestamp(closedAt);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        CampaignStoreLog.Closed(_logger, row.Id, row.Name);
        return CampaignRowMapping.ToCampaign(row);
    }

    /// <summary>
    /// Reads the ledger row of the key and, if there is none, writes it as <c>started</c> for
    /// <paramref name="runId"/>: both under one write lock, so of concurrent claims (in any process) exactly one
    /// is granted and the others see its row.
    /// </summary>
    /// <exception cref="CampaignException">
    /// The campaign does not exist or is closed, or the run was not begun in it.
    /// </exception>
    /// <exception cref="InvalidOperationException">The run does not exist.</exception>
    public async Task<LiveClaim> ClaimAsync(LiveActionKey key, long runId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        CampaignLookups.ValidateKey(key);
        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginWriteAsync(db, cancellationToken);
        var campaign = await CampaignLookups.RequireAsync(db, key.CampaignId, cancellationToken);
        if (campaign.ClosedAt is not null)
        {
            throw new CampaignException(
                $"campaign '{campaign.Name}' was closed {campaign.ClosedAt}: no live action can be claimed in it ({key})");
        }

        await CampaignLookups.RequireRunOfAsync(db, runId, campaign, $"claim a live action ({key})", cancellationToken);
        if (await CampaignLookups.FindActionAsync(db, key, cancellationToken) is { } existing)
        {
            var record = CampaignRowMapping.ToRecord(existing);
            CampaignStoreLog.Refused(_logger, key, runId, record.RunId, record.State);
            return record.State == LiveActionState.Started
                ? new LiveClaim.OutcomeUnknown(record)
                : new LiveClaim.AlreadyFinished(record);
        }

        db.LiveActions.Add(new LiveActionRow
        {
            CampaignId = key.CampaignId,
            CityCode = key.CityCode,
            Channel = key.Channel.ToId(),
            Action = key.Action,
            RunId = runId,
            State = LiveActionStates.Started,
            StartedAt = StoredText.Timestamp(at),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        CampaignStoreLog.Granted(_logger, key, runId);
        return new LiveClaim.Granted();
    }

    /// <exception cref="ArgumentException"><paramref name="state"/> is not done or failed, or the outcome is empty.</exception>
    /// <exception cref="InvalidOperationException">The action was never claimed, or is no longer started.</exception>
    public async Task FinishAsync(
        LiveActionKey key, LiveActionState state, string outcome, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var stored = CampaignLookups.FinalState(state, nameof(state));
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        await EndStartedActionAsync(key, "finish", row =>
        {
            row.State = stored;
            row.FinishedAt = StoredText.Timestamp(at);
            row.Outcome = outcome;
        }, cancellationToken);
        CampaignStoreLog.Finished(_logger, key, state, outcome);
    }

    /// <exception cref="ArgumentException"><paramref name="state"/> is not done or failed, or the reason is empty.</exception>
    /// <exception cref="InvalidOperationException">The action was never claimed, or is no longer started.</exception>
    public async Task ResolveAsync(
        LiveActionKey key, LiveActionState state, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var stored = CampaignLookups.FinalState(state, nameof(state));
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        await EndStartedActionAsync(key, "resolve", row =>
        {
            row.State = stored;
            row.FinishedAt = StoredText.Timestamp(at);
            row.ResolvedReason = reason;
        }, cancellationToken);
        CampaignStoreLog.Resolved(_logger, key, state, reason);
    }

    /// <summary>The campaign's live actions in the order they were claimed; empty for an unknown campaign.</summary>
    public async Task<IReadOnlyList<LiveActionRecord>> ActionsAsync(long campaignId, CancellationToken cancellationToken)
    {
        await using var db = _database.CreateContext();
        var rows = await db.LiveActions.AsNoTracking()
            .Where(a => a.CampaignId == campaignId)
            .OrderBy(a => a.StartedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(CampaignRowMapping.ToRecord)];
    }

    /// <summary>
    /// Records the ticket once. Adding a ticket already recorded (same campaign, city, channel and number) is a
    /// no-op that keeps the first record; a warning is logged if the run or time differ.
    /// </summary>
    /// <exception cref="CampaignException">The campaign does not exist, or the run was not begun in it.</exception>
    /// <exception cref="InvalidOperationException">The run does not exist.</exception>
    public async Task AddTicketAsync(TicketRecord ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        CampaignLookups.ValidatePlace(ticket.CityCode, ticket.Channel, nameof(ticket));
        ArgumentException.ThrowIfNullOrWhiteSpace(ticket.Ticket, nameof(ticket));

        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginWriteAsync(db, cancellationToken);
        var campaign = await CampaignLookups.RequireAsync(db, ticket.CampaignId, cancellationToken);
        await CampaignLookups.RequireRunOfAsync(db, ticket.RunId, campaign, $"record ticket {ticket.Ticket}", cancellationToken);
        var row = TicketRows.ToRow(ticket);
        if (await TicketRows.AddOnceAsync(db, row, cancellationToken) is { } stored)
        {
            if (stored.RunId != row.RunId || stored.SubmittedAt != row.SubmittedAt)
            {
                CampaignStoreLog.TicketKept(
                    _logger, row.CampaignId, row.CityCode, row.Channel, row.Ticket, stored.RunId, stored.SubmittedAt, row.RunId, row.SubmittedAt);
            }

            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        CampaignStoreLog.TicketAdded(_logger, row.CampaignId, row.CityCode, row.Channel, row.Ticket);
    }

    /// <summary>The campaign's tickets, of one city or of all, in the order they were submitted.</summary>
    public async Task<IReadOnlyList<TicketRecord>> TicketsAsync(
        long campaignId, string? cityCode, CancellationToken cancellationToken)
    {
        await using var db = _database.CreateContext();
        var query = db.Tickets.AsNoTracking().Where(t => t.CampaignId == campaignId);
        if (cityCode is not null)
        {
            query = query.Where(t => t.CityCode == cityCode);
        }

        var rows = await query.OrderBy(t => t.SubmittedAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(CampaignRowMapping.ToTicket)];
    }

    /// <summary>Records one lookup of a recorded ticket; lookups are kept, never rewritten.</summary>
    /// <exception cref="InvalidOperationException">The ticket is not recorded, or the run does not exist.</exception>
    public async Task<TicketProgress> ObserveAsync(TicketObservation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginWriteAsync(db, cancellationToken);
        var ticket = await TicketProgressRows.RequireTicketAsync(db, observation.Ticket, cancellationToken);
        if (!await db.Runs.AsNoTracking().AnyAsync(r => r.Id == observation.RunId, cancellationToken))
        {
            throw new InvalidOperationException($"run {observation.RunId} does not exist; begin it with BeginRunAsync first");
        }

        db.TicketProgress.Add(TicketProgressRows.ToRow(observation, ticket.Id));
        await db.SaveChangesAsync(cancellationToken);
        var progress = (await TicketProgressRows.ProgressOfAsync(db, [ticket], cancellationToken))[0];
        await transaction.CommitAsync(cancellationToken);
        CampaignStoreLog.TicketObserved(_logger, ticket.CampaignId, ticket.CityCode, ticket.Channel, ticket.Ticket, observation.State);
        return progress;
    }

    /// <summary>The campaign's tickets, of one city or of all, in submission order, with what their lookups saw.</summary>
    public async Task<IReadOnlyList<TicketProgress>> ProgressAsync(long campaignId, string? cityCode, CancellationToken cancellationToken)
    {
        await using var db = _database.CreateContext();
        var query = db.Tickets.AsNoTracking().Where(t => t.CampaignId == campaignId);
        if (cityCode is not null)
        {
            query = query.Where(t => t.CityCode == cityCode);
        }

        var rows = await query.OrderBy(t => t.SubmittedAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        return await TicketProgressRows.ProgressOfAsync(db, rows, cancellationToken);
    }

    /// <summary>Ends an action that is still started; a finished action is never rewritten.</summary>
    private async Task EndStartedActionAsync(
        LiveActionKey key, string verb, Action<LiveActionRow> end, CancellationToken cancellationToken)
    {
        CampaignLookups.ValidateKey(key);
        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginWriteAsync(db, cancellationToken);
        var row = await CampaignLookups.FindActionAsync(db, key, cancellationToken)
            ?? throw new InvalidOperationException($"cannot {verb} live action ({key}): it was never claimed");
        if (row.State != LiveActionStates.Started)
        {
            throw new InvalidOperationException(
                $"cannot {verb} live action ({key}): run {row.RunId} already left it {row.State} at {row.FinishedAt}");
        }

        end(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string PathOf(DataDirectory dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        return dataDirectory.DatabasePath;
    }
}
