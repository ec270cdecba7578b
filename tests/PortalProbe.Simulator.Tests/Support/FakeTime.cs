namespace PortalProbe.Simulator.Tests.Support;

/// <summary>A clock that stands still until a test moves it.</summary>
internal sealed class FakeTime(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
