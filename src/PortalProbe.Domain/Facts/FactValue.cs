using System.Globalization;

namespace PortalProbe.Facts;

/// <summary>
/// A typed value a scenario measured. <see cref="Value"/> is the invariant text form: <c>true</c>/<c>false</c>,
/// an integer, a decimal ratio between 0 and 1, an ISO date, milliseconds, or text.
/// </summary>
public sealed record FactValue(string Name, FactType Type, string Value)
{
    public static FactValue Of(FactDefinition fact, bool value) => Make(fact, FactType.Boolean, value ? "true" : "false");

    public static FactValue Of(FactDefinition fact, int value) =>
        Make(fact, FactType.Count, value.ToString(CultureInfo.InvariantCulture));

    public static FactValue Ratio(FactDefinition fact, double value) =>
        Make(fact, FactType.Ratio, Math.Round(value, 4).ToString(CultureInfo.InvariantCulture));

    public static FactValue Of(FactDefinition fact, DateOnly value) =>
        Make(fact, FactType.Date, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static FactValue Of(FactDefinition fact, TimeSpan value) =>
        Make(fact, FactType.Duration, ((long)value.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));

    public static FactValue Of(FactDefinition fact, string value) => Make(fact, FactType.Text, value);

    /// <summary>The value as JSON would carry it: bool, number or string.</summary>
    public object ToJsonValue() => Type switch
    {
        FactType.Boolean => Value == "true",
        FactType.Count or FactType.Duration => long.Parse(Value, CultureInfo.InvariantCulture),
        FactType.Ratio => double.Parse(Value, CultureInfo.InvariantCulture),
        _ => Value,
    };

    private static FactValue Make(FactDefinition fact, FactType type, string value)
    {
        if (fact.Type != type)
        {
            throw new ArgumentException($"fact '{fact.Name}' is a {fact.Type}, not a {type}", nameof(fact));
        }

        return new FactValue(fact.Name, type, value);
    }
}
