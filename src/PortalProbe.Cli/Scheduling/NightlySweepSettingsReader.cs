using System.Globalization;
using Microsoft.Extensions.Configuration;
using PortalProbe.Cities;
using PortalProbe.Cli.Sweeps;
using PortalProbe.Scripts;

namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// Reads the <c>sweep</c> section of <c>serve.json</c>; every mistake is added to the errors by file and key.
/// A relative <c>sweep.checks</c> is read from the settings file's folder.
/// </summary>
internal static class NightlySweepSettingsReader
{
    public const string ChecksKey = "sweep.checks";
    public const string CitiesKey = "sweep.cities";
    public const string VarsKey = "sweep.vars";
    public const string ParallelKey = "sweep.parallel";
    public const string CityBudgetKey = "sweep.cityBudgetSeconds";
    public const string LiveKey = "sweep.live";

    /// <summary>The value of <c>sweep.cities</c> that means every city script of the checks folder.</summary>
    public const string AllCities = "all";

    public static NightlySweepSettings Read(IConfiguration configuration, string source, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(errors);
        var section = configuration.GetSection("sweep");
        return new NightlySweepSettings(
            Checks(section, source, errors),
            Cities(section, source, errors),
            Vars(section, source, errors),
            Number(section, "parallel", ParallelKey, "cities at once; leave it out to size it from available memory", source, errors),
            TimeSpan.FromSeconds(Number(section, "cityBudgetSeconds", CityBudgetKey, "seconds one city may take", source, errors)
                ?? (int)SweepOptions.DefaultCityBudget.TotalSeconds),
            Live(section, source, errors));
    }

    private static string? Checks(IConfigurationSection section, string source, List<string> errors)
    {
        if (section["checks"] is not { Length: > 0 } text)
        {
            return null;
        }

        var folder = Path.GetFullPath(text, Path.GetDirectoryName(Path.GetFullPath(source)) ?? Directory.GetCurrentDirectory());
        if (!Directory.Exists(Path.Combine(folder, "cities")))
        {
            errors.Add($"{source}: {ChecksKey}: '{text}' is not a checks folder (no 'cities' folder in {folder}); a relative path is read from the settings file's folder");
        }

        return folder;
    }

    private static List<string>? Cities(IConfigurationSection section, string source, List<string> errors)
    {
        var cities = section.GetSection("cities");
        if (cities.Value is { } single)
        {
            if (single.Length == 0 || string.Equals(single, AllCities, StringComparison.Ordinal))
            {
                return null;
            }

            errors.Add($"{source}: {CitiesKey}: '{single}' is neither \"{AllCities}\" nor a list of six-digit city codes such as [\"330100\", \"320500\"]");
            return null;
        }

        var codes = cities.GetChildren().OrderBy(c => int.TryParse(c.Key, CultureInfo.InvariantCulture, out var index) ? index : int.MaxValue).Select(c => c.Value ?? "").ToList();
        if (codes.Count == 0)
        {
            return null;
        }

        foreach (var code in codes.Where(c => !CityInfo.IsValidCode(c)))
        {
            errors.Add($"{source}: {CitiesKey}: '{code}' is not a six-digit administrative code");
        }

        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            errors.Add($"{source}: {CitiesKey}: a city is named more than once");
        }

        return codes;
    }

    private static Dictionary<string, string> Vars(IConfigurationSection section, string source, List<string> errors)
    {
        var vars = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in section.GetSection("vars").GetChildren())
        {
            if (!ValueTemplate.IsValidName(variable.Key) || variable.Value is null)
            {
                errors.Add($"{source}: {VarsKey}.{variable.Key}: a variable needs a name of letters, digits, '_', '-' or '.' and a text value");
                continue;
            }

            vars[variable.Key] = variable.Value;
        }

        return vars;
    }

    private static int? Number(IConfigurationSection section, string name, string key, string rule, string source, List<string> errors)
    {
        if (section[name] is not { Length: > 0 } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }

        errors.Add($"{source}: {key}: '{text}' is not a whole number of at least 1 ({rule})");
        return null;
    }

    private static bool Live(IConfigurationSection section, string source, List<string> errors)
    {
        if (section["live"] is not { Length: > 0 } text)
        {
            return false;
        }

        if (bool.TryParse(text, out var live))
        {
            return live;
        }

        errors.Add($"{source}: {LiveKey}: '{text}' is not true or false");
        return false;
    }
}
