using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<EvidenceRow>
{
    public void Configure(EntityTypeBuilder<EvidenceRow> builder)
    {
        builder.ToTable("evidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        builder.Property(e => e.AttemptId).HasColumnName("attempt_id");
        builder.Property(e => e.Kind).HasColumnName("kind");
        builder.Property(e => e.Sha256).HasColumnName("sha256");
        builder.Property(e => e.Size).HasColumnName("size");
        builder.Property(e => e.RelativePath).HasColumnName("relative_path");
        builder.Property(e => e.Url).HasColumnName("url");
        builder.Property(e => e.CapturedAt).HasColumnName("captured_at");
        builder.Property(e => e.Label).HasColumnName("label");
        builder.Property(e => e.PrunedAt).HasColumnName("pruned_at");
        builder.HasIndex(e => e.AttemptId).HasDatabaseName("ix_evidence_attempt");
        builder.HasIndex(e => e.Sha256).HasDatabaseName("ix_evidence_sha256");
    }
}
