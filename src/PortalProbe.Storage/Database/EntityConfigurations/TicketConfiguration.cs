using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<TicketRow>
{
    public void Configure(EntityTypeBuilder<TicketRow> builder)
    {
        builder.ToTable("tickets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id");
        builder.Property(t => t.CampaignId).HasColumnName("campaign_id");
        builder.Property(t => t.CityCode).HasColumnName("city_code");
        builder.Property(t => t.Channel).HasColumnName("channel");
        builder.Property(t => t.Ticket).HasColumnName("ticket");
        builder.Property(t => t.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(t => t.RunId).HasColumnName("run_id");
        builder.HasIndex(t => new { t.CampaignId, t.CityCode, t.Channel, t.Ticket }).IsUnique();
        builder.HasIndex(t => new { t.CampaignId, t.SubmittedAt, t.Id }).HasDatabaseName("ix_tickets_campaign_submitted");
        builder.HasOne<CampaignRow>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RunRow>().WithMany().HasForeignKey(t => t.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}
