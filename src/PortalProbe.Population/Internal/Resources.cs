namespace PortalProbe.Population.Internal;

/// <summary>The files compiled into this assembly: the city catalogue, the question bank and the templates.</summary>
internal static class Resources
{
    private const string Prefix = "PortalProbe.Population.";

    public static string Text(string name)
    {
        using var stream = typeof(Resources).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"missing embedded resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The templates, as (path under templates/, text), in a stable order.</summary>
    public static IEnumerable<(string Path, string Text)> Templates() =>
        typeof(Resources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "templates/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[(Prefix.Length + "templates/".Length)..], Text(n[Prefix.Length..])));
}
