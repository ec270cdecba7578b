using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class AttemptConfiguration : IEntityTypeConfiguration<AttemptRow>
{
    public void Configure(EntityTypeBuilder<AttemptRow> builder)
    {
        builder.ToTable("attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.Property(a => a.ScenarioResultId).HasColumnName("scenario_result_id");
        builder.Property(a => a.Number).HasColumnName("number");
        builder.Property(a => a.Verdict).HasColumnName("verdict");
        builder.Property(a => a.Reason).HasColumnName("reason");
        builder.Property(a => a.Hint).HasColumnName("hint");
        builder.Property(a => a.StartedAt).HasColumnName("started_at");
        builder.Property(a => a.DurationMs).HasColumnName("duration_ms");
        builder.HasIndex(a => new { a.ScenarioResultId, a.Number }).IsUnique();
        builder.HasMany(a => a.Steps).WithOne().HasForeignKey(s => s.AttemptId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.AttemptId).OnDelete(DeleteBehavior.Cascade);
    }
}
