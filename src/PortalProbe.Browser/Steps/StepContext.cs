using Microsoft.Playwright;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Evidence;
using PortalProbe.Browser.Privacy;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Steps;

/// <summary>What a step needs while it runs: the page, the variables, the limits and the evidence.</summary>
internal sealed class StepContext(
    IPage page,
    VariableScope scope,
    TimeoutSettings timeouts,
    EvidenceCollector evidence,
    SensitiveValues sensitive,
    TimeProvider time)
{
    public IPage Page { get; } = page;

    public VariableScope Scope { get; } = scope;

    public TimeoutSettings Timeouts { get; } = timeouts;

    public EvidenceCollector Evidence { get; } = evidence;

    public SensitiveValues Sensitive { get; } = sensitive;

    public TimeProvider Time { get; } = time;

    /// <summary>
    /// When the scenario's time limit runs out (null: no limit). A check that can end early with a fair verdict (the
    /// chatbot's questions) stops before it, rather than be cancelled with nothing to show.
    /// </summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Where <c>sms-code</c> steps get their codes; unconfigured (manual) unless the run says otherwise.</summary>
    public Sms.SmsCodeReader SmsCodes { get; init; } = Sms.SmsCodeReader.Unconfigured;

    /// <summary>Fields that received sensitive input; they are masked on every screenshot.</summary>
    public List<ILocator> SensitiveFields { get; } = [];

    /// <summary>Facts a scenario's check measured.</summary>
    public List<Facts.FactValue> Facts { get; } = [];

    /// <summary>How long the first navigation of the scenario took.</summary>
    public TimeSpan? EntryLoadTime { get; set; }

    public int? LastHttpStatus { get; set; }

    /// <summary>Main-frame navigations seen so far, and the last one's status and URL (set by the page's Response event).</summary>
    public int Navigations { get; private set; }

    public (int Status, string Url)? LastNavigation { get; private set; }

    /// <summary>Follows the page's main-frame navigations, so a click that lands on an error page is the click's failure.</summary>
    public void WatchNavigations()
    {
        Page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == Page.MainFrame)
            {
                LastNavigation = (response.Status, response.Url);
                LastHttpStatus = response.Status;
                Navigations++;
            }
        };
    }

    public float TimeoutMs(Step step) => (float)(step.Timeout ?? Timeouts.Step).TotalMilliseconds;

    public ILocator Locate(Target target) => TargetLocator.Locate(Page, target, Scope);
}
