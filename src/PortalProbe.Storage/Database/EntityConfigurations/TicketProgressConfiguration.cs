using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Database.EntityConfigurations;

internal sealed class TicketProgressConfiguration : IEntityTypeConfiguration<TicketProgressRow>
{
    public void Configure(EntityTypeBuilder<TicketProgressRow> builder)
    {
        builder.ToTable("ticket_progress");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id");
        builder.Property(p => p.TicketId).HasColumnName("ticket_id");
        builder.Property(p => p.RunId).HasColumnName("run_id");
        builder.Property(p => p.ObservedAt).HasColumnName("observed_at");
        builder.Property(p => p.Status).HasColumnName("status");
        builder.Property(p => p.StatusText).HasColumnName("status_text");
        builder.Property(p => p.Reply).HasColumnName("reply");
        builder.HasIndex(p => new { p.TicketId, p.ObservedAt, p.Id }).HasDatabaseName("ix_ticket_progress_ticket_observed");
        builder.HasOne<TicketRow>().WithMany().HasForeignKey(p => p.TicketId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RunRow>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Restrict);
    }
}
