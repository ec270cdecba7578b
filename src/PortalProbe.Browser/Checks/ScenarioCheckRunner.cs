using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>Runs a scenario's check by its kind.</summary>
internal static class ScenarioCheckRunner
{
    public static Task<CheckOutcome> RunAsync(CheckRun run, CancellationToken cancellationToken) => run.Scenario.Check switch
    {
        LinksCheck links => LinksCheckRunner.RunAsync(run, links, cancellationToken),
        ChatbotCheck chatbot => ChatbotCheckRunner.RunAsync(run, chatbot, cancellationToken),
        DisclosureCheck disclosure => DisclosureCheckRunner.RunAsync(run, disclosure, cancellationToken),
        SelfServiceCheck selfService => SelfServiceCheckRunner.RunAsync(run, selfService, cancellationToken),
        ProgressCheck progress => ProgressCheckRunner.RunAsync(run, progress, cancellationToken),
        var other => throw new InvalidOperationException($"no runner for check {other?.GetType().Name}"),
    };
}
