namespace PortalProbe.Cli.Sweeps;

/// <summary>How a sweep runs: cities at once, each city's time budget, and how often Chromium is replaced.</summary>
internal sealed record SweepOptions(int Parallel, TimeSpan CityBudget, int CitiesPerBrowser = SweepOptions.DefaultCitiesPerBrowser)
{
    /// <summary>A fresh Chromium every 24 cities (every 24 to 72 browser contexts): its memory stays flat through the night.</summary>
    public const int DefaultCitiesPerBrowser = 24;

    /// <summary>Ten minutes: far above a healthy city's run, short enough that a hanging portal never stalls the night.</summary>
    public static readonly TimeSpan DefaultCityBudget = TimeSpan.FromMinutes(10);
}
