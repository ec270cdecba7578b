namespace PortalProbe.Facts;

/// <summary>
/// The one list of fact names, types and units. Later checks add their facts here; the README documents them
/// and a test keeps the two in step.
/// </summary>
public static class FactRegistry
{
    public static readonly FactDefinition Mode =
        new("mode", FactType.Text, "", "dry-run or live: whether actions with side effects were performed");

    public static readonly FactDefinition StepsTotal =
        new("steps.total", FactType.Count, "steps", "steps in the scenario");

    public static readonly FactDefinition StepsPassed =
        new("steps.passed", FactType.Count, "steps", "steps that passed in the final attempt");

    public static readonly FactDefinition EntryLoad =
        new("entry.loadTime", FactType.Duration, "ms", "time the scenario's first page took to load");

    public static readonly FactDefinition PageHttpStatus =
        new("page.httpStatus", FactType.Count, "", "HTTP status of the last page navigated to");

    public static readonly FactDefinition LinksChecked =
        new("links.checked", FactType.Count, "links", "distinct links checked (internal and external)");

    public static readonly FactDefinition LinksBroken =
        new("links.broken", FactType.Count, "links", "links that failed and failed again when re-checked");

    public static readonly FactDefinition LinksFlaky =
        new("links.flaky", FactType.Count, "links", "links that failed once and worked once");

    public static readonly FactDefinition LinksBrokenRatio =
        new("links.brokenRatio", FactType.Ratio, "", "broken links over checked links");

    public static readonly FactDefinition LinksExternalJumpFailures =
        new("links.externalJumpFailures", FactType.Count, "links", "broken jump pages whose external target fails (转外部链接失败)");

    public static readonly FactDefinition AvailabilityRatio =
        new("availability.ratio", FactType.Ratio, "", "entry-page visits open within the timeout (15 s) over visits made (sampling ends once 5% of those planned were not open)");

    public static readonly FactDefinition LoadMedian =
        new("load.median", FactType.Duration, "ms", "median load time of the entry pages' open visits");

    public static readonly FactDefinition LoadSlowest =
        new("load.slowest", FactType.Duration, "ms", "slowest load time of the entry pages' open visits");

    public static readonly FactDefinition StepsBrokenAt =
        new("steps.brokenAt", FactType.Text, "", "label of the step where the final attempt failed or stopped for a person; absent when it passed");

    public static readonly FactDefinition RegistrationWorks =
        new("registration.works", FactType.Boolean, "", "a new account was registered (live runs only)");

    public static readonly FactDefinition LoginWorks =
        new("login.works", FactType.Boolean, "", "the test account logged in");

    public static readonly FactDefinition SubmissionFormReachable =
        new("submission.formReachable", FactType.Boolean, "", "the appeal form opened");

    public static readonly FactDefinition SubmissionFillable =
        new("submission.fillable", FactType.Boolean, "", "every field of the appeal form took its value");

    public static readonly FactDefinition SubmissionSubmitEnabled =
        new("submission.submitEnabled", FactType.Boolean, "", "the submit control was enabled once the form was filled");

    public static readonly FactDefinition SubmissionSubmitted =
        new("submission.submitted", FactType.Boolean, "", "the appeal was submitted (live runs only)");

    public static readonly FactDefinition SubmissionTicketObtained =
        new("submission.ticketObtained", FactType.Boolean, "", "a work-order number was shown after submitting (live runs only)");

    public static readonly FactDefinition ProgressTickets =
        new("progress.tickets", FactType.Count, "tickets", "open tickets of the campaign looked up in this run");

    public static readonly FactDefinition ProgressLookupWorks =
        new("progress.lookupWorks", FactType.Boolean, "", "every ticket looked up was found");

    public static readonly FactDefinition ProgressStatus =
        new("progress.status", FactType.Text, "", "status of the oldest open ticket: accepted (已受理), in-progress (办理中), closed (已办结) or not-found");

    public static readonly FactDefinition ProgressReplied =
        new("progress.replied", FactType.Boolean, "", "the oldest open ticket shows a reply");

    public static readonly FactDefinition ProgressWorkingDaysToReply =
        new("progress.workingDaysToReply", FactType.Count, "working days", "working days from submission to the first reply seen, counted from the next working day (Asia/Shanghai)");

    public static readonly FactDefinition ProgressRepliedWithin5 =
        new("progress.repliedWithin5WorkingDays", FactType.Boolean, "", "the first reply came within 5 working days");

    public static readonly FactDefinition ProgressNotMeasured =
        new("progress.notMeasured", FactType.Text, "", "why reply timing was not measured (for example, the calendar lacks the year)");

    public static readonly FactDefinition ChatbotPresent =
        new("chatbot.present", FactType.Boolean, "", "a chat window opened and took a question");

    public static readonly FactDefinition ChatbotQuestions =
        new("chatbot.questions", FactType.Count, "questions", "questions asked, paraphrases included");

    public static readonly FactDefinition ChatbotAccuracy =
        new("chatbot.accuracy", FactType.Ratio, "", "mean judge score of the bank's questions (1 accurate, 0.5 partial, 0 irrelevant or no answer)");

    public static readonly FactDefinition ChatbotParaphraseRobustness =
        new("chatbot.paraphraseRobustness", FactType.Ratio, "", "questions whose paraphrases all got the same verdict as the question, over questions with paraphrases");

    public static readonly FactDefinition ReportsPublished =
        new("disclosure.reports.published", FactType.Boolean, "", "pages publishing appeal data or reports (诉求数据, 数据分析报告, 月报) were found");

    public static readonly FactDefinition ReportsNewest =
        new("disclosure.reports.newest", FactType.Date, "", "publication date of the newest report found");

    public static readonly FactDefinition ReportsRecent =
        new("disclosure.reports.recent", FactType.Boolean, "", "the newest report falls within the recency window");

    public static readonly FactDefinition CasesPublished =
        new("disclosure.cases.published", FactType.Boolean, "", "pages publishing hot appeal cases (热点诉求案例) were found");

    public static readonly FactDefinition CasesNewest =
        new("disclosure.cases.newest", FactType.Date, "", "publication date of the newest hot case found");

    public static readonly FactDefinition CasesRecent =
        new("disclosure.cases.recent", FactType.Boolean, "", "the newest hot case falls within the recency window");

    public static readonly FactDefinition SearchChannels =
        new("selfservice.searchChannels", FactType.Count, "channels", "information-search channels found: site search, FAQ or knowledge base, hot questions, chatbot");

    public static readonly FactDefinition EnterpriseEntrance =
        new("enterprise.entrance", FactType.Boolean, "", "an enterprise-service entrance (企业服务, 营商环境, 企业诉求) was found");

    public static IReadOnlyList<FactDefinition> All { get; } =
    [
        Mode, StepsTotal, StepsPassed, EntryLoad, PageHttpStatus,
        LinksChecked, LinksBroken, LinksFlaky, LinksBrokenRatio, LinksExternalJumpFailures, AvailabilityRatio, LoadMedian, LoadSlowest,
        StepsBrokenAt, RegistrationWorks, LoginWorks,
        SubmissionFormReachable, SubmissionFillable, SubmissionSubmitEnabled, SubmissionSubmitted, SubmissionTicketObtained,
        ProgressTickets, ProgressLookupWorks, ProgressStatus, ProgressReplied, ProgressWorkingDaysToReply, ProgressRepliedWithin5, ProgressNotMeasured,
        ChatbotPresent, ChatbotQuestions, ChatbotAccuracy, ChatbotParaphraseRobustness,
        ReportsPublished, ReportsNewest, ReportsRecent, CasesPublished, CasesNewest, CasesRecent,
        SearchChannels, EnterpriseEntrance,
    ];

    public static FactDefinition? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
