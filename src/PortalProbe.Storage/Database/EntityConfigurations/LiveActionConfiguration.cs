using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class LiveActionConfiguration : IEntityTypeConfiguration<LiveActionRow>
{
    public void Configure(EntityTypeBuilder<LiveActionRow> builder)
    {
        builder.ToTable("live_actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.Property(a => a.CampaignId).HasColumnName("campaign_id");
        builder.Property(a => a.CityCode).HasColumnName("city_code");
        builder.Property(a => a.Channel).HasColumnName("channel");
        builder.Property(a => a.Action).HasColumnName("action");
        builder.Property(a => a.RunId).HasColumnName("run_id");
        builder.Property(a => a.State).HasColumnName("state");
        builder.Property(a => a.StartedAt).HasColumnName("started_at");
        builder.Property(a => a.FinishedAt).HasColumnName("finished_at");
        builder.Property(a => a.Outcome).HasColumnName("outcome");
        builder.Property(a => a.ResolvedReason).HasColumnName("resolved_reason");
        builder.HasIndex(a => new { a.CampaignId, a.CityCode, a.Channel, a.Action }).IsUnique();
        builder.HasOne<CampaignRow>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RunRow>().WithMany().HasForeignKey(a => a.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}
