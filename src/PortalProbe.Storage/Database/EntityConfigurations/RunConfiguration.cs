using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class RunConfiguration : IEntityTypeConfiguration<RunRow>
{
    public void Configure(EntityTypeBuilder<RunRow> builder)
    {
        builder.ToTable("runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.Property(r => r.CityCode).HasColumnName("city_code");
        builder.Property(r => r.ScriptFile).HasColumnName("script_file");
        builder.Property(r => r.Mode).HasColumnName("mode");
        builder.Property(r => r.StartedAt).HasColumnName("started_at");
        builder.Property(r => r.FinishedAt).HasColumnName("finished_at");
        builder.Property(r => r.Status).HasColumnName("status");
        builder.Property(r => r.CampaignId).HasColumnName("campaign_id");
        builder.HasIndex(r => new { r.CityCode, r.StartedAt, r.Id }).HasDatabaseName("ix_runs_city_latest");
        builder.HasOne<CityRow>().WithMany().HasForeignKey(r => r.CityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CampaignRow>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}
