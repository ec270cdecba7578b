namespace PortalProbe.Testing;

/// <summary>Paths inside the PortalProbe checkout the tests run from.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortalProbe.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PortalProbe.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Checks => Path.Combine(Root, "checks");

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string BrowserConfig => Path.Combine(Root, "playwright.config.json");
}
