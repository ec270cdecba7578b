using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cli.Scheduling;
using PortalProbe.Cli.Tests.Sweeps;
using PortalProbe.Storage;
using PortalProbe.Storage.Sweeps;
using PortalProbe.Sweeps;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Commands;

/// <summary>
/// <c>portalprobe serve</c> for real, in-process: it starts Quartz, prints its schedule with the next fire times,
/// makes up a missed night (judged from the sweeps table) with a real sweep under the sweep lease, and stops when
/// cancelled; bad input stops it before anything starts.
/// </summary>
public sealed class ServeCommandTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Test]
    public async Task Serve_BadCronExpression_Exits2NamingTheSettingBeforeAnythingStarts()
    {
        using var work = new TempDirectory();
        var settings = work.Write("serve.json", """{ "schedule": { "sweepCron": "0 0 25 * * ?" } }""");

        var result = await new CliTester(work.Path).RunAsync("serve", "--settings", settings, "--data", work.Combine("data"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("schedule.sweepCron").And.Contain("'0 0 25 * * ?' is not a Quartz cron expression").And.Contain(settings));
        Assert.That(Directory.Exists(work.Combine("data")), Is.False, "no data directory, no database: nothing started");
    }

    [Test]
    public async Task Serve_DataDirectoryNotWritable_Exits2NamingIt()
    {
        using var work = new TempDirectory();
        var blocker = work.Write("afile", "not a folder");

        var result = await new CliTester(work.Path).RunAsync("serve", "--data", Path.Combine(blocker, "data"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("is not writable").And.Contain("afile"));
    }

    [Test]
    public async Task Serve_NightlySweepCannotRun_Exits2NamingTheFileAndTheCity()
    {
        using var work = new TempDirectory();
        var checks = SweepChecks.Write(work, [new("330100", "杭州市", "127.73.2.1", "HZ")]);
        var settings = work.Write("serve.json", $$"""{ "sweep": { "checks": "{{checks}}", "cities": ["330100", "990100"], "vars": { "port": "9" } } }""");

        var result = await new CliTester(work.Path).RunAsync("serve", "--settings", settings, "--data", work.Combine("data"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain(settings).And.Contain("section 'sweep'").And.Contain("unknown city 990100"));
        Assert.That(result.Out, Does.Not.Contain("serving until"));
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Serve_Started_PrintsTheNextFireTimesMakesUpAMissedNightAndStopsOnCancellation(CancellationToken testToken)
    {
        BrowserRequirement.Ensure();
        using var work = new TempDirectory();
        var data = work.Combine("data");
        var now = TimeProvider.System.GetUtcNow();
        var lastSweep = now.AddDays(-2);
        await SeedLastSweepAsync(work, data, lastSweep);

        // The catch-up sweep runs for real: one city whose portal does not answer (nothing listens on port 9).
        var checks = SweepChecks.Write(work, [new("330100", "杭州市", "127.73.2.1", "HZ")]);
        var config = FastBrowserConfig.Write(work.Path, stepMs: 3000, navigationMs: 5000);
        var settings = work.Write("serve.json", $$"""{ "sweep": { "checks": "{{checks}}", "vars": { "port": "9" } } }""");

        using var output = new StringWriter();
        using var error = new StringWriter();
        var stdout = TextWriter.Synchronized(output);
        var environment = new CliEnvironment(stdout, TextWriter.Synchronized(error), work.Path, Lookup, TimeProvider.System, Interactive: false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(testToken);
        var serving = CliApp.RunAsync(["serve", "--settings", settings, "--data", data, "--config", config], environment, stop.Token);

        await WaitForAsync(() => Read(stdout, output).Contains("serving until", StringComparison.Ordinal) || serving.IsCompleted, testToken);
        var leaseAfterCatchUp = await WaitForCatchUpAsync(data, lastSweep, testToken);
        await stop.CancelAsync();
        var code = await serving;

        var text = Read(stdout, output);
        var nightly = CronSchedule.Parse(ScheduleDefaults.SweepCron, Shanghai);
        Assert.That(code, Is.Zero, $"{text}\n{error}");
        Assert.That(text, Does.Contain($"next {nightly.Describe(nightly.NextAfter(now)!.Value)}").Or.Contain($"next {nightly.Describe(nightly.NextAfter(now.AddMinutes(1))!.Value)}"));
        Assert.That(text, Does.Contain("nightly sweep").And.Contain("ticket progress").And.Contain("evidence retention"));
        Assert.That(text, Does.Contain("missed-night check").And.Contain("was missed: running one sweep now"));
        Assert.That(text, Does.EndWith("portalprobe serve: stopped" + Environment.NewLine));
        Assert.That(leaseAfterCatchUp.Holder, Does.StartWith(Environment.MachineName + ":" + Environment.ProcessId), "the catch-up sweep took the lease");
        Assert.That(leaseAfterCatchUp.Released, Is.True, "and released it when the sweep ended");
    }

    /// <summary>
    /// The last sweep, as the sweeps table remembers it (a finished sweep of another city), and a lease taken and
    /// released a minute ago (by, say, a pruning tool): serve must go by the sweep, whatever the lease says.
    /// </summary>
    private static async Task SeedLastSweepAsync(TempDirectory work, string data, DateTimeOffset startedAt)
    {
        var init = await new CliTester(work.Path).RunAsync("prune", "--evidence-days", "30", "--data", data);
        Assert.That(init.ExitCode, Is.Zero, init.ToString());
        var sweeps = new SqliteSweepStore(DataDirectory.Resolve(data, _ => null, work.Path), new StorageOptions(), NullLogger<SqliteSweepStore>.Instance);
        var earlier = await sweeps.CreateAsync(
            new SweepRequest(["110000"], work.Combine("other-checks"), new Dictionary<string, string>(), "dry-run", null, 1), startedAt, CancellationToken.None);
        await sweeps.FinishAsync(earlier.Id, startedAt.AddHours(1), CancellationToken.None);
        var recently = TimeProvider.System.GetUtcNow().AddMinutes(-1);
        var at = recently.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'+00:00'", System.Globalization.CultureInfo.InvariantCulture);
        var until = recently.AddSeconds(30).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'+00:00'", System.Globalization.CultureInfo.InvariantCulture);
        await ExecuteAsync(
            Path.Combine(data, "portalprobe.db"),
            $"INSERT INTO leases VALUES ('sweep', 'earlier:1:x', '{at}', '{at}', '{until}', '{until}')");
    }

    private static async Task<(string Holder, bool Released)> WaitForCatchUpAsync(string data, DateTimeOffset lastSweep, CancellationToken cancellationToken)
    {
        (string Holder, bool Released, string AcquiredAt) row = ("", false, "");
        await WaitForAsync(
            async () =>
            {
                row = await ReadLeaseAsync(Path.Combine(data, "portalprobe.db"));
                return row.Holder != "earlier:1:x" && row.Released;
            },
            cancellationToken);
        Assert.That(DateTimeOffset.Parse(row.AcquiredAt, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(lastSweep));
        return (row.Holder, row.Released);
    }

    private static async Task<(string Holder, bool Released, string AcquiredAt)> ReadLeaseAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT holder, released_at IS NOT NULL, acquired_at FROM leases WHERE name = 'sweep'";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.GetBoolean(1), reader.GetString(2)) : ("", false, "");
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static Task WaitForAsync(Func<bool> condition, CancellationToken cancellationToken) =>
        WaitForAsync(() => Task.FromResult(condition()), cancellationToken);

    /// <summary>Polls a condition of the real process (its output, its database); the test's timeout bounds it.</summary>
    private static async Task WaitForAsync(Func<Task<bool>> condition, CancellationToken cancellationToken)
    {
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, cancellationToken);
        }
    }

    /// <summary>What was written so far: the synchronized writer locks itself while it writes.</summary>
    private static string Read(TextWriter synchronized, StringWriter inner)
    {
        lock (synchronized)
        {
            return inner.ToString();
        }
    }

    private static string? Lookup(string name) =>
        name == "PORTALPROBE_HOME" ? RepoPaths.Root : Environment.GetEnvironmentVariable(name);
}
