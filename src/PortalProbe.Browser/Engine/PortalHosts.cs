using PortalProbe.Browser.Privacy;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Engine;

/// <summary>The hosts a city's channels open (a sweep runs at most one city per host at a time), found by resolving each channel's entry with the run's variables.</summary>
public static class PortalHosts
{
    public static IReadOnlySet<string> Of(CheckScript script, IReadOnlyDictionary<string, string> vars)
    {
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var initial = new Dictionary<string, string>(vars, StringComparer.Ordinal)
            {
                ["city.code"] = script.City.Code,
                ["city.name"] = script.City.Name,
            };

            // Entries name hosts, never secrets; a secret found anyway is resolved into a throw-away set.
            var scope = new VariableScope(initial, _ => null, new SensitiveValues());
            foreach (var (name, value) in script.Vars)
            {
                scope.Set(name, scope.Resolve(value));
            }

            foreach (var channel in script.Channels)
            {
                if (Uri.TryCreate(scope.Resolve(channel.Entry), UriKind.Absolute, out var entry) && entry.Host.Length > 0)
                {
                    hosts.Add(entry.Host);
                }
            }
        }
        catch (ScriptRuntimeException)
        {
            // An entry that does not resolve fails in the city's own run, with its place in the script; here it
            // only means the city's host is unknown, so it holds no host and waits for none.
        }

        return hosts;
    }
}
