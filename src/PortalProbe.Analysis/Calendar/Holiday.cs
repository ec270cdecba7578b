namespace PortalProbe.Analysis.Calendar;

/// <summary>One public-holiday period (法定节假日放假) as announced, both ends included.</summary>
/// <param name="Name">The festival as the announcement names it, for example 春节 or 中秋节、国庆节.</param>
public sealed record Holiday(string Name, DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => From <= date && date <= To;
}
