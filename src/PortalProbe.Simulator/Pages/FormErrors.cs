namespace PortalProbe.Simulator.Pages;

/// <summary>The red box above a form that lists what is wrong with it.</summary>
internal static class FormErrors
{
    public static string Render(IReadOnlyList<string> errors) =>
        errors.Count == 0
            ? string.Empty
            : $"""<div class="errors" id="form-errors" role="alert"><ul>{string.Concat(errors.Select(e => $"<li>{Html.Encode(e)}</li>"))}</ul></div>""";
}
