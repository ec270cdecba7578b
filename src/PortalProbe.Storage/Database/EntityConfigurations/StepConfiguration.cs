using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class StepConfiguration : IEntityTypeConfiguration<StepRow>
{
    public void Configure(EntityTypeBuilder<StepRow> builder)
    {
        builder.ToTable("step_results");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id");
        builder.Property(s => s.AttemptId).HasColumnName("attempt_id");
        builder.Property(s => s.Index).HasColumnName("idx");
        builder.Property(s => s.Keyword).HasColumnName("keyword");
        builder.Property(s => s.Description).HasColumnName("description");
        builder.Property(s => s.Location).HasColumnName("location");
        builder.Property(s => s.Outcome).HasColumnName("outcome");
        builder.Property(s => s.Message).HasColumnName("message");
        builder.Property(s => s.DurationMs).HasColumnName("duration_ms");
        builder.HasIndex(s => new { s.AttemptId, s.Index }).IsUnique();
    }
}
