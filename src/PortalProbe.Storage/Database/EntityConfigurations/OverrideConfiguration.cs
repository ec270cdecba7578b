using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class OverrideConfiguration : IEntityTypeConfiguration<OverrideRow>
{
    public void Configure(EntityTypeBuilder<OverrideRow> builder)
    {
        builder.ToTable("overrides");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasColumnName("id");
        builder.Property(o => o.CityCode).HasColumnName("city_code");
        builder.Property(o => o.IndicatorId).HasColumnName("indicator_id");
        builder.Property(o => o.Value).HasColumnName("value");
        builder.Property(o => o.Reason).HasColumnName("reason");
        builder.Property(o => o.DecidedBy).HasColumnName("decided_by");
        builder.Property(o => o.DecidedAt).HasColumnName("decided_at");
        builder.Property(o => o.EvidenceKind).HasColumnName("evidence_kind");
        builder.Property(o => o.EvidenceSha256).HasColumnName("evidence_sha256");
        builder.Property(o => o.EvidenceSize).HasColumnName("evidence_size");
        builder.Property(o => o.EvidencePath).HasColumnName("evidence_path");
        builder.HasIndex(o => new { o.CityCode, o.IndicatorId, o.DecidedAt, o.Id }).HasDatabaseName("ix_overrides_city_indicator");
        builder.HasOne<CityRow>().WithMany().HasForeignKey(o => o.CityCode).OnDelete(DeleteBehavior.Restrict);
    }
}
