using System.Text;
using System.Text.Json;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PortalProbe.Facts;
using PortalProbe.Overrides;
using PortalProbe.Population.Generation;
using PortalProbe.Results;
using PortalProbe.Scoring.Exports;
using PortalProbe.Scoring.Inputs;
using PortalProbe.Scoring.Summaries;
using PortalProbe.Scoring.Tests.Support;
using PortalProbe.Scripts;
using PortalProbe.Storage;
using PortalProbe.Storage.Evidence;
using PortalProbe.Testing;

namespace PortalProbe.Scoring.Tests.Exports;

/// <summary>
/// Exports read back with the libraries a user would open them with (OpenXml for XLSX, CsvHelper for CSV), and
/// the manifest verified against real evidence files in a data directory.
/// </summary>
public sealed class ScoreExporterTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private TempDirectory _temp = null!;
    private DataDirectory _data = null!;
    private ScoreReport _report = null!;
    private EvidenceRef _screenshot = null!;

    [SetUp]
    public async Task BuildReportWithRealEvidence()
    {
        _temp = new TempDirectory("portalprobe-export");
        _data = DataDirectory.Resolve(_temp.Combine("data"), _ => null, _temp.Path);
        var store = new ContentAddressedEvidenceStore(_data, new FakeTime(Support.Scenarios.At));
        _screenshot = await store.SaveAsync(EvidenceKind.Screenshot, Encoding.UTF8.GetBytes("png bytes of the appeal form"), "http://127.1.1.1:8080/appeal", "failure", None);
        var note = await store.SaveAsync(EvidenceKind.Text, Encoding.UTF8.GetBytes("已在微信中核实答复"), null, "override", None);
        var truth = PopulationGenerator.Generate(12, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf).Truth;
        var results = TruthResults.From(truth);

        // One city got worse since the baseline: its login now fails on the 公众号 (with a screenshot) and its
        // self-service channels are gone.
        var index = truth.ToList().FindIndex(t => t.Login == Population.Truth.TruthValue.Works && t.SearchChannels >= 2);
        var first = results.Cities[index];
        var worse = first with
        {
            Scenarios =
            [
                .. first.Scenarios.Where(s => s.Result.Kind is not (ScenarioKind.Login or ScenarioKind.SelfService)),
                Support.Scenarios.Of(ScenarioKind.Login, Verdict.Fail, channel: Cities.ChannelKind.Wechat, evidence: [_screenshot], facts: Support.Scenarios.Fact(FactRegistry.LoginWorks, false)),
                Support.Scenarios.Of(ScenarioKind.SelfService, Verdict.Fail, facts: Support.Scenarios.Fact(FactRegistry.SearchChannels, 0)),
            ],
        };
        var current = new ResultSet("latest completed run per city", [.. results.Cities.Select(c => c.City.Code == first.City.Code ? worse : c)]);
        var overrides = new[]
        {
            new IndicatorOverride(1, first.City.Code, "resolve.effective", 90, "人工核实：答复有效", "张评测", Support.Scenarios.At, note),
        };
        _report = ScoreReport.Build(Catalogues.Default, current, results, overrides, Support.Scenarios.At);
    }

    [TearDown]
    public void Delete() => _temp.Dispose();

    [Test]
    public async Task Xlsx_ReadBack_HasEverySheetWithChineseHeadersAndTheScores()
    {
        var path = _temp.Combine("scores.xlsx");

        await ScoreExporter.WriteAsync(_report, ExportFormat.Xlsx, null, path, _data.Root, None);

        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        var names = sheets.Select(s => s.Name!.Value).ToList();
        var level1 = Rows(workbook, sheets[0]);
        var first = _report.Ranking[0].Card;
        var overridesSheet = Rows(workbook, sheets.Single(s => s.Name == "人工认定"));

        Assert.Multiple(() =>
        {
            Assert.That(names, Is.EqualTo(new[] { "城市得分-一级指标", "城市得分-二级指标", "城市得分-三级指标", "全国汇总", "退步与变化", "人工认定", "未测项" }));
            Assert.That(level1[0], Is.EqualTo(new[] { "排名", "城市代码", "城市", "省份", "城市线级", "行政级别", "总分 (total)", "服务响应 (response)", "服务规范 (standard)", "问题解决 (resolve)", "未测项", "人工认定" }));
            Assert.That(level1, Has.Count.EqualTo(13), "a header and 12 cities");
            Assert.That(level1[1][1], Is.EqualTo(first.City.Code));
            Assert.That(double.Parse(level1[1][6], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(first.Total.Score!.Value).Within(0.005));
            Assert.That(overridesSheet[1][2], Is.EqualTo("resolve.effective"));
            Assert.That(Rows(workbook, sheets.Single(s => s.Name == "全国汇总")).Select(r => r[2]), Does.Contain(_report.National[0].Text(_report.National)));
            Assert.That(Rows(workbook, sheets.Single(s => s.Name == "退步与变化"))[1][0], Is.EqualTo("退步"), "regressions first");
        });
    }

    [Test]
    public async Task Xlsx_Level1_HasOnlyTheFirstLevelSheet()
    {
        var path = _temp.Combine("scores.xlsx");

        await ScoreExporter.WriteAsync(_report, ExportFormat.Xlsx, 1, path, _data.Root, None);

        using var document = SpreadsheetDocument.Open(path, false);
        Assert.That(document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value), Does.Contain("城市得分-一级指标").And.Not.Contain("城市得分-二级指标"));
    }

    [Test]
    public async Task Csv_ReadBackWithCsvHelper_IsUtf8WithBomAndOneRowPerCity()
    {
        var path = _temp.Combine("scores.csv");

        await ScoreExporter.WriteAsync(_report, ExportFormat.Csv, 3, path, _data.Root, None);

        var bytes = await File.ReadAllBytesAsync(path);
        using var reader = CsvReader.Create(new StreamReader(path, Encoding.UTF8), null, leaveOpen: false);
        var header = reader.Headers.ToList();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i))]);
        }

        var cityColumn = header.IndexOf("城市代码");
        var submit = header.IndexOf("正常提交诉求 (resolve.appeal.submit)");
        Assert.Multiple(() =>
        {
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "a UTF-8 byte-order mark for Excel");
            Assert.That(rows, Has.Count.EqualTo(12));
            Assert.That(header, Does.Not.Contain("服务响应 (response)"), "--level 3: only third-level indicators");
            Assert.That(submit, Is.GreaterThan(0));
            foreach (var row in rows)
            {
                var card = _report.Cards.Single(c => c.City.Code == row[cityColumn]);
                var expected = card.Find("resolve.appeal.submit")!.Score;
                Assert.That(row[submit], Is.EqualTo(expected is { } e ? e.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : ""), card.City.Code);
            }
        });
    }

    [Test]
    public async Task Json_ReadBack_FollowsTheDocumentedSchema()
    {
        var path = _temp.Combine("scores.json");

        await ScoreExporter.WriteAsync(_report, ExportFormat.Json, null, path, _data.Root, None);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        var root = json.RootElement;
        var city = root.GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("code").GetString() == _report.OverrideHistory[0].CityCode);
        var login = city.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "response.access.login");
        var effective = city.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "resolve.effective");

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("schema").GetString(), Is.EqualTo(JsonExporter.Schema));
            Assert.That(root.GetProperty("createdAt").GetString(), Does.EndWith("+08:00"));
            Assert.That(root.GetProperty("national").GetProperty("figures").GetArrayLength(), Is.EqualTo(Catalogues.Default.Summary.Count));
            Assert.That(effective.GetProperty("status").GetString(), Is.EqualTo("overridden"));
            Assert.That(effective.GetProperty("override").GetProperty("by").GetString(), Is.EqualTo("张评测"));
            Assert.That(login.GetProperty("facts").TryGetProperty("login.works", out _), Is.True);
            Assert.That(root.GetProperty("averages").GetProperty("tier").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(root.GetProperty("changes").EnumerateArray().First().GetProperty("kind").GetString(), Is.EqualTo("regressed"));
            Assert.That(root.GetProperty("notMeasured").GetArrayLength(), Is.EqualTo(_report.Cards.Sum(c => c.NotMeasuredLeaves.Count())));
        });
    }

    [Test]
    public async Task Manifest_OfAnExport_VerifiesAgainstTheEvidenceFilesAndCatchesAnAlteredOne()
    {
        var path = _temp.Combine("scores.json");
        var written = await ScoreExporter.WriteAsync(_report, ExportFormat.Json, null, path, _data.Root, None);

        var intact = await ManifestVerifier.VerifyAsync(written.ManifestPath, _data.Root, None);
        var evidenceFile = Path.Combine(_data.Root, _screenshot.RelativePath);
        await File.WriteAllTextAsync(evidenceFile, "a different picture");
        var altered = await ManifestVerifier.VerifyAsync(written.ManifestPath, _data.Root, None);
        using var manifest = JsonDocument.Parse(await File.ReadAllBytesAsync(written.ManifestPath));
        var finding = manifest.RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("evidence").GetArrayLength() > 0);
        var sums = await File.ReadAllLinesAsync(written.ChecksumPath);

        Assert.Multiple(() =>
        {
            Assert.That(written.EvidenceProblems, Is.Empty);
            Assert.That(intact.Verified, Is.True, string.Join("; ", intact.Problems));
            Assert.That(intact.Files, Is.EqualTo(3), "the export, the screenshot and the override's note");
            Assert.That(altered.Verified, Is.False);
            Assert.That(altered.Problems.Single(), Does.StartWith(_screenshot.RelativePath));
            Assert.That(finding.GetProperty("verdict").GetString(), Is.EqualTo("fail"));
            Assert.That(finding.GetProperty("url").GetString(), Is.EqualTo("http://127.1.1.1:8080/appeal"));
            Assert.That(finding.GetProperty("time").GetString(), Is.EqualTo("2026-04-01T10:00:00+08:00"), "Beijing time");
            Assert.That(finding.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()), Does.Contain("response.access.login"));
            Assert.That(sums, Does.Contain($"{_screenshot.Sha256}  {_screenshot.RelativePath}"));
        });
    }

    [Test]
    public async Task Manifest_ExportChangedAfterwards_IsNotVerified()
    {
        var path = _temp.Combine("scores.csv");
        var written = await ScoreExporter.WriteAsync(_report, ExportFormat.Csv, null, path, _data.Root, None);
        await File.AppendAllTextAsync(path, "999999,伪造,,,,,100\n");

        var check = await ManifestVerifier.VerifyAsync(written.ManifestPath, _data.Root, None);

        Assert.That(check.Problems, Has.Some.Contains("the export was changed"));
    }

    [Test]
    public void WriteAsync_FolderDoesNotExist_FailsClearlyAndWritesNothing()
    {
        var path = _temp.Combine("missing", "scores.xlsx");

        var error = Assert.ThrowsAsync<ExportException>(() => ScoreExporter.WriteAsync(_report, ExportFormat.Xlsx, null, path, _data.Root, None));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("does not exist"));
            Assert.That(Directory.Exists(_temp.Combine("missing")), Is.False);
        });
    }

    [Test]
    public async Task WriteAsync_OutputIsAFolder_FailsClearlyAndWritesNothing()
    {
        var folder = Directory.CreateDirectory(_temp.Combine("scores.csv")).FullName;

        var error = Assert.ThrowsAsync<ExportException>(() => ScoreExporter.WriteAsync(_report, ExportFormat.Csv, null, folder, _data.Root, None));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("it is a folder"));
            Assert.That(Directory.GetFiles(_temp.Path), Is.Empty, "no temporary file, manifest or checksum list is left");
        });
        await Task.CompletedTask;
    }

    private static List<string[]> Rows(WorkbookPart workbook, Sheet sheet)
    {
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())];
    }
}
