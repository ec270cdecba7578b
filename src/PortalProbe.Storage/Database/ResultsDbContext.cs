using Microsoft.EntityFrameworkCore;
using PortalProbe.Storage.Database.EntityConfigurations;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database;

/// <summary>
/// The result, campaign and override tables. The schema comes from <c>Schema/Scripts</c>, never from this model: the model only maps
/// rows onto tables that the scripts created (a test keeps the two in step).
/// </summary>
internal sealed class ResultsDbContext(DbContextOptions<ResultsDbContext> options) : DbContext(options)
{
    public DbSet<CityRow> Cities => Set<CityRow>();

    public DbSet<RunRow> Runs => Set<RunRow>();

    public DbSet<ScenarioRow> Scenarios => Set<ScenarioRow>();

    public DbSet<AttemptRow> Attempts => Set<AttemptRow>();

    public DbSet<StepRow> Steps => Set<StepRow>();

    public DbSet<FactRow> Facts => Set<FactRow>();

    public DbSet<EvidenceRow> Evidence => Set<EvidenceRow>();

    public DbSet<CampaignRow> Campaigns => Set<CampaignRow>();

    public DbSet<LiveActionRow> LiveActions => Set<LiveActionRow>();

    public DbSet<TicketRow> Tickets => Set<TicketRow>();

    public DbSet<TicketProgressRow> TicketProgress => Set<TicketProgressRow>();

    public DbSet<OverrideRow> Overrides => Set<OverrideRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder
            .ApplyConfiguration(new CityConfiguration())
            .ApplyConfiguration(new RunConfiguration())
            .ApplyConfiguration(new ScenarioConfiguration())
            .ApplyConfiguration(new AttemptConfiguration())
            .ApplyConfiguration(new StepConfiguration())
            .ApplyConfiguration(new FactConfiguration())
            .ApplyConfiguration(new EvidenceConfiguration())
            .ApplyConfiguration(new CampaignConfiguration())
            .ApplyConfiguration(new LiveActionConfiguration())
            .ApplyConfiguration(new TicketConfiguration())
            .ApplyConfiguration(new TicketProgressConfiguration())
            .ApplyConfiguration(new OverrideConfiguration());
    }
}
