using System.CommandLine;
using System.Globalization;
using PortalProbe.Cities;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Output;
using PortalProbe.Cli.Scores;
using PortalProbe.Overrides;
using PortalProbe.Results;
using PortalProbe.Storage;
using PortalProbe.Storage.Overrides;
using Spectre.Console;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe override --city C --indicator ID --value V --reason TEXT [--evidence FILE]</c>, <c>override list</c>
/// and <c>override remove</c>: an evaluator's decisions, kept as history with who, when, why and the evidence.
/// </summary>
internal static class OverrideCommand
{
    /// <summary>Evidence file types the content-addressed store keeps, by extension.</summary>
    private static readonly Dictionary<string, EvidenceKind> EvidenceTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = EvidenceKind.Screenshot,
        [".html"] = EvidenceKind.Html,
        [".htm"] = EvidenceKind.Html,
        [".txt"] = EvidenceKind.Text,
        [".zip"] = EvidenceKind.Trace,
    };

    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var city = new Option<string?>("--city") { Description = "Six-digit city code" };
        var indicator = new Option<string?>("--indicator") { Description = "Indicator id of the catalogue (checks/indicators.yaml)" };
        var value = new Option<string?>("--value") { Description = "The score, 0 to 100" };
        var reason = new Option<string?>("--reason") { Description = "Why: what the evaluator saw" };
        var evidence = new Option<string?>("--evidence") { Description = "A screenshot (.png), page (.html), note (.txt) or trace (.zip) to keep with the decision" };
        var by = new Option<string?>("--by") { Description = "Who decides (default: the user running the command)" };
        var indicators = new Option<string?>("--indicators") { Description = "Indicator catalogue (default: checks/indicators.yaml)" };
        var command = new Command("override", "Record an evaluator's score for a city's indicator; kept until removed, with its history")
        {
            city, indicator, value, reason, evidence, by, indicators,
        };
        command.Subcommands.Add(List(globals, environment));
        command.Subcommands.Add(Remove(globals, environment, city, indicator, reason, by, indicators));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = Required(parse, (city, "--city"), (indicator, "--indicator"), (value, "--value"), (reason, "--reason"));
            var text = parse.GetValue(value);
            double score = 0;
            if (text is not null && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out score) || score is < 0 or > 100 || double.IsNaN(score)))
            {
                errors.Add($"--value '{text}' is not a score from 0 to 100");
            }

            var file = parse.GetValue(evidence) is { } given ? Path.GetFullPath(given, environment.WorkingDirectory) : null;
            if (file is not null && !File.Exists(file))
            {
                errors.Add($"--evidence '{file}' does not exist");
            }
            else if (file is not null && !EvidenceTypes.ContainsKey(Path.GetExtension(file)))
            {
                errors.Add($"--evidence '{file}': keep a .png, .html, .txt or .zip file (convert other types, for example a photo to .png)");
            }

            if (errors.Count == 0 && await CheckAsync(environment, parse.GetValue(city)!, parse.GetValue(indicator)!, parse.GetValue(indicators)) is { } problem)
            {
                errors.Add(problem);
            }

            if (errors.Count > 0)
            {
                return await Failures.UsageAsync(environment, errors);
            }

            return await WithStoreAsync(parse, globals, environment, async (host, store) =>
            {
                EvidenceRef? stored = null;
                if (file is not null)
                {
                    var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
                    stored = await host.Evidence.SaveAsync(EvidenceTypes[Path.GetExtension(file)], bytes, null, "override", cancellationToken);
                }

                var entry = new NewOverride(parse.GetValue(city)!, parse.GetValue(indicator)!, score, parse.GetValue(reason)!,
                    Who(parse.GetValue(by), environment), environment.Time.GetUtcNow(), stored);
                var row = await store.AddAsync(entry, cancellationToken);
                await environment.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"override {row.Id}: city {row.CityCode} {row.IndicatorId} = {row.Value:0.##} by {row.By} at {BeijingTime.Format(row.At)}{(stored is null ? "" : $"; evidence sha256 {stored.Sha256}")}"));
                return ExitCodes.Ok;
            }, cancellationToken);
        });
        return command;
    }

    private static Command List(GlobalOptions globals, CliEnvironment environment)
    {
        var city = new Option<string?>("--city") { Description = "Only this city" };
        var all = new Option<bool>("--history") { Description = "Every row, removals and replaced decisions included" };
        var command = new Command("list", "List the overrides in force (or, with --history, every row)") { city, all };
        command.SetAction((parse, cancellationToken) => WithStoreAsync(parse, globals, environment, async (_, store) =>
        {
            var history = await store.HistoryAsync(parse.GetValue(city), cancellationToken);
            var rows = parse.GetValue(all) ? history : IndicatorOverride.InForce(history);
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("Id").AddColumn("City").AddColumn("Indicator").AddColumn("Value").AddColumn("By").AddColumn("When").AddColumn("Reason").AddColumn("Evidence");
            foreach (var o in rows)
            {
                table.AddRow(o.Id.ToString(CultureInfo.InvariantCulture), o.CityCode, Markup.Escape(o.IndicatorId),
                    o.Value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "[grey]removed[/]", Markup.Escape(o.By),
                    BeijingTime.Format(o.At), Markup.Escape(o.Reason), o.Evidence is { } e ? e.Sha256[..12] : "");
            }

            Consoles.For(environment).Write(table);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Remove(
        GlobalOptions globals, CliEnvironment environment, Option<string?> city, Option<string?> indicator, Option<string?> reason, Option<string?> by, Option<string?> indicators)
    {
        var command = new Command("remove", "Remove the override in force (a new history row; the old decision stays on record)")
        {
            city, indicator, reason, by, indicators,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = Required(parse, (city, "--city"), (indicator, "--indicator"), (reason, "--reason"));
            if (errors.Count == 0 && await CheckAsync(environment, parse.GetValue(city)!, parse.GetValue(indicator)!, parse.GetValue(indicators)) is { } problem)
            {
                errors.Add(problem);
            }

            if (errors.Count > 0)
            {
                return await Failures.UsageAsync(environment, errors);
            }

            return await WithStoreAsync(parse, globals, environment, async (_, store) =>
            {
                var row = await store.AddAsync(
                    new NewOverride(parse.GetValue(city)!, parse.GetValue(indicator)!, null, parse.GetValue(reason)!, Who(parse.GetValue(by), environment), environment.Time.GetUtcNow()),
                    cancellationToken);
                await environment.Out.WriteLineAsync($"override {row.Id}: city {row.CityCode} {row.IndicatorId} removed by {row.By} at {BeijingTime.Format(row.At)}");
                return ExitCodes.Ok;
            }, cancellationToken);
        });
        return command;
    }

    private static List<string> Required(ParseResult parse, params (Option<string?> Option, string Name)[] options) =>
        [.. options.Where(o => string.IsNullOrWhiteSpace(parse.GetValue(o.Option))).Select(o => $"{o.Name} is required")];

    /// <summary>The city code's shape and the indicator's existence; null when both are fine.</summary>
    private static async Task<string?> CheckAsync(CliEnvironment environment, string city, string indicator, string? catalogueFile)
    {
        if (!CityInfo.IsValidCode(city))
        {
            return $"--city '{city}' is not a six-digit administrative code";
        }

        var catalogue = await CatalogueFile.LoadAsync(environment, catalogueFile);
        if (catalogue is null)
        {
            return "cannot check --indicator without a valid indicator catalogue";
        }

        return catalogue.Find(indicator) is null && indicator != Scoring.Scores.CityScoreCard.TotalId
            ? $"--indicator '{indicator}' is not in the catalogue {catalogue.File}; ids: {string.Join(", ", catalogue.All.Select(i => i.Id))}"
            : null;
    }

    private static string Who(string? by, CliEnvironment environment) =>
        !string.IsNullOrWhiteSpace(by) ? by
        : environment.Variables("USER") is { Length: > 0 } user ? user
        : environment.Variables("USERNAME") is { Length: > 0 } name ? name
        : Environment.UserName;

    private static Task<int> WithStoreAsync(
        ParseResult parse, GlobalOptions globals, CliEnvironment environment, Func<ProbeHost, SqliteOverrideStore, Task<int>> body, CancellationToken cancellationToken) =>
        Failures.GuardAsync(environment, async () =>
        {
            await using var host = await ProbeHost.OpenAsync(
                environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken);
            try
            {
                return await body(host, new SqliteOverrideStore(host.Data, new StorageOptions()));
            }
            catch (OverrideException e)
            {
                return await Failures.UsageAsync(environment, [e.Message]);
            }
        });
}
