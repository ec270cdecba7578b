using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cities;
using PortalProbe.Diagnostics;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;
using PortalProbe.Storage;
using PortalProbe.Storage.Evidence;
using PortalProbe.Storage.Results;

namespace PortalProbe.Cli.Tests.Report;

/// <summary>
/// Stores results a report must handle with care into a real data directory (SQLite and the content-addressed
/// evidence store): portal text that is HTML or script, every verdict, a flaky re-check, and the JSON evidence the
/// links, chatbot and disclosure checks keep, in the shapes those checks write.
/// </summary>
internal static class StoredResults
{
    public const string Shenzhen = "440300";
    public const string HostileText = "<img src=x onerror=alert(1)>「系统维护中」";
    public const string HostileScenario = "home<script>alert('x')</script>";
    public const string ChatAnswer = "您好，企业开办可在一网通办平台申请营业执照，<b>一般3个工作日</b>办结。";

    public static async Task<(SqliteResultStore Store, ContentAddressedEvidenceStore Evidence)> OpenAsync(string dataPath, TimeProvider time)
    {
        var data = DataDirectory.Resolve(dataPath, _ => null, dataPath);
        var store = await SqliteResultStore.OpenAsync(data, new StorageOptions(), time, NullLoggerFactory.Instance, CancellationToken.None);
        return (store, new ContentAddressedEvidenceStore(data, time));
    }

    /// <summary>Two complete runs of 深圳市 (the second with every verdict) and one run of 杭州市 that never completed.</summary>
    public static async Task StoreAsync(string dataPath, byte[] screenshot, DateTimeOffset start)
    {
        var (store, evidence) = await OpenAsync(dataPath, TimeProvider.System);
        var city = new CityInfo(Shenzhen, "深圳市", "广东省", "一线", "副省级");
        var first = await store.BeginRunAsync(new RunStart(city, "440300-shenzhen.yaml", "dry-run", start), CancellationToken.None);
        await store.SaveScenarioAsync(first, Scenario("links", ScenarioKind.Links, ChannelKind.Web, Attempt(1, Verdict.Pass, "all links work", start)), CancellationToken.None);
        await store.CompleteRunAsync(first, start.AddMinutes(1), CancellationToken.None);

        var at = start.AddDays(1);
        var second = await store.BeginRunAsync(new RunStart(city, "440300-shenzhen.yaml", "dry-run", at), CancellationToken.None);
        var shot = await evidence.SaveAsync(EvidenceKind.Screenshot, screenshot, "http://127.10.0.9/", "home <b>bold</b>", CancellationToken.None);
        await Save(store, second, Scenario(HostileScenario, ScenarioKind.Custom, ChannelKind.Web, Attempt(1, Verdict.Fail, $"step 1 of 2 '打开首页' failed: the page shows {HostileText}", at, [shot])));
        await Save(store, second, Scenario("register", ScenarioKind.Registration, ChannelKind.Wechat, Attempt(1, Verdict.Manual, "WeChat OAuth: 请在微信客户端打开", at)));
        await Save(store, second, Scenario("faq", ScenarioKind.SelfService, ChannelKind.App, Attempt(1, Verdict.Fail, "HTTP 502 on /faq", at), Attempt(2, Verdict.Pass, "all 2 steps passed", at)));
        await Save(store, second, Scenario("progress", ScenarioKind.Progress, ChannelKind.Web, Attempt(1, Verdict.Error, "secret PORTALPROBE_TEST_PHONE is not set", at)));
        await Save(store, second, Scenario("login", ScenarioKind.Login, ChannelKind.Web, Attempt(1, Verdict.Skipped, "not run", at)));
        var links = await evidence.SaveAsync(EvidenceKind.Text, Encoding.UTF8.GetBytes(LinksJson), "http://127.10.0.9/", "links", CancellationToken.None);
        await Save(store, second, Scenario("links", ScenarioKind.Links, ChannelKind.Web, Attempt(1, Verdict.Fail, "1 of 14 links broken", at, [links]),
            FactValue.Of(FactRegistry.LinksBroken, 1), FactValue.Of(FactRegistry.LinksFlaky, 1)));
        var chat = await evidence.SaveAsync(EvidenceKind.Text, Encoding.UTF8.GetBytes(ChatJson), "http://127.10.0.9/robot", "chatbot-transcript", CancellationToken.None);
        await Save(store, second, Scenario("chatbot", ScenarioKind.Chatbot, ChannelKind.Web, Attempt(1, Verdict.Pass, "2 questions asked, accuracy 0.5", at, [chat]),
            FactValue.Ratio(FactRegistry.Find("chatbot.accuracy")!, 0.5)));
        var dates = await evidence.SaveAsync(EvidenceKind.Text, Encoding.UTF8.GetBytes(DatesJson), "http://127.10.0.9/data", "reports-dates", CancellationToken.None);
        await Save(store, second, Scenario("reports", ScenarioKind.Disclosure, ChannelKind.Web, Attempt(1, Verdict.Pass, "found appeal data reports, newest 2026-10-31", at, [dates]),
            FactValue.Of(FactRegistry.Find("disclosure.reports.newest")!, new DateOnly(2026, 10, 31))));
        await store.CompleteRunAsync(second, at.AddMinutes(2), CancellationToken.None);

        var hangzhou = await store.BeginRunAsync(new RunStart(new CityInfo("330100", "杭州市", "浙江省", "新一线", "副省级"), "330100-hangzhou.yaml", "dry-run", at), CancellationToken.None);
        await Save(store, hangzhou, Scenario("home", ScenarioKind.Custom, ChannelKind.Web, Attempt(1, Verdict.Pass, "all 5 steps passed", at)));
    }

    private static Task Save(SqliteResultStore store, long run, ScenarioResult scenario) => store.SaveScenarioAsync(run, scenario, CancellationToken.None);

    private static ScenarioResult Scenario(string name, ScenarioKind kind, ChannelKind channel, AttemptResult attempt, params FactValue[] facts) =>
        new(name, kind, channel, [attempt], [FactValue.Of(FactRegistry.Mode, "dry-run"), .. facts]);

    private static ScenarioResult Scenario(string name, ScenarioKind kind, ChannelKind channel, AttemptResult first, AttemptResult second) =>
        new(name, kind, channel, [first, second], [FactValue.Of(FactRegistry.Mode, "dry-run")]);

    private static AttemptResult Attempt(int number, Verdict verdict, string reason, DateTimeOffset at, IReadOnlyList<EvidenceRef>? evidence = null) => new(
        number, verdict, reason, null, at, TimeSpan.FromSeconds(2),
        [new StepResult(1, "goto", "打开首页 " + HostileText, new SourceLocation("/checks/templates/sim/home.yaml", 5, 5), Outcome(verdict), verdict == Verdict.Pass ? null : reason, TimeSpan.FromMilliseconds(800))],
        evidence ?? []);

    private static StepOutcome Outcome(Verdict verdict) => verdict switch
    {
        Verdict.Pass => StepOutcome.Passed,
        Verdict.Fail => StepOutcome.Failed,
        Verdict.Manual => StepOutcome.Manual,
        Verdict.Error => StepOutcome.Error,
        _ => StepOutcome.NotRun,
    };

    private const string LinksJson = """
        { "start": "http://127.10.0.9/", "checked": 14, "broken": 1, "flaky": 1, "notChecked": 0,
          "availability": { "visits": 5, "open": 5, "ratio": 1.0, "medianLoadMs": 120, "slowestLoadMs": 300 },
          "links": [
            { "url": "http://127.10.0.9/old-notice", "foundOn": "http://127.10.0.9/", "kind": "internal", "outcome": "broken",
              "classification": "clientError", "status": 404, "error": null, "failureRatio": 1.0, "checks": 2,
              "chain": [ { "method": "GET", "url": "http://127.10.0.9/old-notice", "status": 302 }, { "method": "GET", "url": "http://127.10.0.9/gone", "status": 404 } ] },
            { "url": "http://127.10.0.9/<script>", "foundOn": "http://127.10.0.9/news", "kind": "internal", "outcome": "flaky",
              "classification": "serverError", "status": 503, "error": null, "failureRatio": 0.5, "checks": 2,
              "chain": [ { "method": "GET", "url": "http://127.10.0.9/<script>", "status": 503 } ] } ] }
        """;

    // The judge's spans are offsets into the answer: 一网通办 at 9, 营业执照 at 17.
    private const string ChatJson = """
        { "city": "440300", "scenario": "chatbot", "asked": 2, "questions": 1, "accuracy": 0.5, "paraphraseRobustness": 0,
          "exchanges": [
            { "question": "q01", "asked": "企业开办一件事怎么办？", "paraphrase": false,
              "answer": "您好，企业开办可在一网通办平台申请营业执照，<b>一般3个工作日</b>办结。", "verdict": "accurate", "score": 1, "reason": "2 of 2 required key points",
              "keyPoints": [
                { "name": "平台", "role": "required", "found": true, "counted": true, "matches": [ { "offset": 9, "length": 4, "text": "一网通办", "synonym": "一网通办", "kind": "exact", "similarity": 100 } ] },
                { "name": "执照", "role": "required", "found": true, "counted": true, "matches": [ { "offset": 17, "length": 4, "text": "营业执照", "synonym": "营业执照", "kind": "exact", "similarity": 100 } ] } ] },
            { "question": "q01", "asked": "开公司要跑几次？", "paraphrase": true, "answer": "", "verdict": "irrelevant", "score": 0, "reason": "no answer",
              "keyPoints": [ { "name": "平台", "role": "required", "found": false, "counted": false, "matches": [] } ] } ] }
        """;

    private const string DatesJson = """
        { "topic": "reports", "start": "http://127.10.0.9/", "found": "http://127.10.0.9/data", "via": "数据公开",
          "visited": [ { "url": "http://127.10.0.9/", "status": 200, "problem": null } ],
          "today": "2026-11-22", "windowDays": 92,
          "dates": [ { "date": "2026-10-31", "written": "2026年10月31日", "label": "10月诉求数据分析报告", "text": "10月诉求数据分析报告 2026年10月31日" },
                     { "date": "2026-09-30", "written": "2026-09-30", "label": "9月诉求数据分析报告", "text": "9月诉求数据分析报告 2026-09-30" } ],
          "newest": "2026-10-31", "recency": "recent" }
        """;
}
