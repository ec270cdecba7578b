using PortalProbe.Cities;
using PortalProbe.Population.Internal;

namespace PortalProbe.Population.Cities;

/// <summary>
/// The 349 cities of fixtures/population/cities.tsv (code, name, pinyin, province, level, tier; '#' lines are
/// comments), in code order.
/// </summary>
public static class CityCatalog
{
    private static readonly Lazy<IReadOnlyList<PopulationCity>> Cities = new(() => Parse(Resources.Text("cities.tsv"), "cities.tsv"));

    /// <summary>Every city of the catalogue.</summary>
    public static IReadOnlyList<PopulationCity> All => Cities.Value;

    /// <summary>Parses the catalogue's text; throws <see cref="FormatException"/> naming the line of the first bad row.</summary>
    public static IReadOnlyList<PopulationCity> Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cities = new List<PopulationCity>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 6 || !CityInfo.IsValidCode(f[0]) || !CityInfo.Levels.Contains(f[4]) || !CityInfo.Tiers.Contains(f[5])
                || f[2].Length == 0 || !f[2].All(c => char.IsAsciiLetterLower(c) || c == '-'))
            {
                throw new FormatException($"{name}:{i + 1}: expected code, name, pinyin, province, level and tier separated by tabs");
            }

            cities.Add(new PopulationCity(new CityInfo(f[0], f[1], f[3], f[5], f[4]), f[2]));
        }

        return cities;
    }
}
