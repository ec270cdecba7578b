namespace PortalProbe.Simulator.Clock;

/// <summary>
/// A clock the simulator, the tests and the probe can share and move: another clock (the system's by default)
/// plus an offset that only grows. Hand it to <see cref="Hosting.SimulatorOptions.Time"/> and the host also answers
/// <c>POST /__test/clock?advance=3d</c> (see <see cref="ClockDurations"/>) and <c>GET /__test/clock</c>.
/// Its local time zone is Asia/Shanghai, the time every simulated portal lives in.
/// </summary>
public sealed class SimulatorClock : TimeProvider
{
    private readonly TimeProvider baseClock;
    private long offsetTicks;

    /// <summary>A clock running with <paramref name="baseClock"/> (the system clock when null), not moved yet.</summary>
    public SimulatorClock(TimeProvider? baseClock = null)
    {
        this.baseClock = baseClock ?? System;
    }

    /// <summary>How far the clock has been moved ahead of its base clock.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => ChinaTime.Zone;

    /// <summary>A clock that reads <paramref name="start"/> now and runs on with <paramref name="baseClock"/>.</summary>
    public static SimulatorClock StartingAt(DateTimeOffset start, TimeProvider? baseClock = null)
    {
        var clock = new SimulatorClock(baseClock);
        var behind = start - clock.baseClock.GetUtcNow();
        Interlocked.Exchange(ref clock.offsetTicks, behind.Ticks);
        return clock;
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => baseClock.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    /// <inheritdoc />
    public override long GetTimestamp() => baseClock.GetTimestamp();

    /// <inheritdoc />
    public override long TimestampFrequency => baseClock.TimestampFrequency;

    /// <summary>Moves the clock forward; time never runs backwards, so a negative span is refused.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }
}
