using Microsoft.Playwright;
using PortalProbe.Browser.Engine;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Steps;

/// <summary>Turns a script target into a Playwright locator; role, text and label locators are first-class.</summary>
internal static class TargetLocator
{
    public static ILocator Locate(IPage page, Target target, VariableScope scope)
    {
        var value = scope.Resolve(target.Value);
        return target.Kind switch
        {
            TargetKind.Selector => page.Locator(value),
            TargetKind.Role => page.GetByRole(ParseRole(value), new PageGetByRoleOptions
            {
                Name = target.Name is null ? null : scope.Resolve(target.Name),
                Exact = target.Exact,
            }),
            TargetKind.Text => page.GetByText(value, new PageGetByTextOptions { Exact = target.Exact }),
            TargetKind.Label => page.GetByLabel(value, new PageGetByLabelOptions { Exact = target.Exact }),
            TargetKind.Placeholder => page.GetByPlaceholder(value, new PageGetByPlaceholderOptions { Exact = target.Exact }),
            TargetKind.TestId => page.GetByTestId(value),
            TargetKind.Title => page.GetByTitle(value, new PageGetByTitleOptions { Exact = target.Exact }),
            TargetKind.AltText => page.GetByAltText(value, new PageGetByAltTextOptions { Exact = target.Exact }),
            _ => throw new ScriptRuntimeException($"unsupported target kind {target.Kind}"),
        };
    }

    private static AriaRole ParseRole(string role) =>
        Enum.TryParse<AriaRole>(role.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed)
            ? parsed
            : throw new ScriptRuntimeException($"'{role}' is not an ARIA role (button, link, textbox, combobox, checkbox, heading ...)");
}
