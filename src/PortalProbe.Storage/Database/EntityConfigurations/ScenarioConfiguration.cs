using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class ScenarioConfiguration : IEntityTypeConfiguration<ScenarioRow>
{
    public void Configure(EntityTypeBuilder<ScenarioRow> builder)
    {
        builder.ToTable("scenario_results");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id");
        builder.Property(s => s.RunId).HasColumnName("run_id");
        builder.Property(s => s.Scenario).HasColumnName("scenario");
        builder.Property(s => s.Kind).HasColumnName("kind");
        builder.Property(s => s.Channel).HasColumnName("channel");
        builder.Property(s => s.Verdict).HasColumnName("verdict");
        builder.Property(s => s.Flaky).HasColumnName("flaky");
        builder.Property(s => s.Reason).HasColumnName("reason");
        builder.Property(s => s.DurationMs).HasColumnName("duration_ms");
        builder.HasIndex(s => new { s.RunId, s.Scenario, s.Channel }).IsUnique();
        builder.HasOne<RunRow>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Attempts).WithOne().HasForeignKey(a => a.ScenarioResultId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Facts).WithOne().HasForeignKey(f => f.ScenarioResultId).OnDelete(DeleteBehavior.Cascade);
    }
}
