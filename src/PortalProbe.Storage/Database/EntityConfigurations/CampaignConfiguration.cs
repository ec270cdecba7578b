using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<CampaignRow>
{
    public void Configure(EntityTypeBuilder<CampaignRow> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");

        // The column is COLLATE NOCASE in the script, so comparisons on it ignore case without saying so here.
        builder.Property(c => c.Name).HasColumnName("name");
        builder.Property(c => c.StartedAt).HasColumnName("started_at");
        builder.Property(c => c.ClosedAt).HasColumnName("closed_at");
        builder.HasIndex(c => c.Name).IsUnique();
    }
}
