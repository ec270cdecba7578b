using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class CityConfiguration : IEntityTypeConfiguration<CityRow>
{
    public void Configure(EntityTypeBuilder<CityRow> builder)
    {
        builder.ToTable("cities");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasColumnName("code").ValueGeneratedNever();
        builder.Property(c => c.Name).HasColumnName("name");
        builder.Property(c => c.Province).HasColumnName("province");
        builder.Property(c => c.Tier).HasColumnName("tier");
        builder.Property(c => c.Level).HasColumnName("level");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
    }
}
