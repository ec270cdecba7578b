using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class FactConfiguration : IEntityTypeConfiguration<FactRow>
{
    public void Configure(EntityTypeBuilder<FactRow> builder)
    {
        builder.ToTable("facts");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id");
        builder.Property(f => f.ScenarioResultId).HasColumnName("scenario_result_id");
        builder.Property(f => f.Name).HasColumnName("name");
        builder.Property(f => f.Type).HasColumnName("type");
        builder.Property(f => f.Value).HasColumnName("value");
        builder.HasIndex(f => f.ScenarioResultId).HasDatabaseName("ix_facts_scenario_result");
    }
}
