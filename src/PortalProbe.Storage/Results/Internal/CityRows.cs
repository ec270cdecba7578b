using Microsoft.EntityFrameworkCore;
using PortalProbe.Cities;
using PortalProbe.Storage.Database;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Results.Internal;

/// <summary>The <c>cities</c> table keeps each city as its latest run described it.</summary>
internal static class CityRows
{
    /// <summary>Adds or updates the city; the caller saves, inside its write transaction.</summary>
    public static async Task UpsertAsync(
        ResultsDbContext db, CityInfo city, string updatedAt, CancellationToken cancellationToken)
    {
        var row = await db.Cities.SingleOrDefaultAsync(c => c.Code == city.Code, cancellationToken);
        if (row is null)
        {
            db.Cities.Add(new CityRow
            {
                Code = city.Code,
                Name = city.Name,
                Province = city.Province,
                Tier = city.Tier,
                Level = city.Level,
                UpdatedAt = updatedAt,
            });
            return;
        }

        row.Name = city.Name;
        row.Province = city.Province;
        row.Tier = city.Tier;
        row.Level = city.Level;
        row.UpdatedAt = updatedAt;
    }
}
