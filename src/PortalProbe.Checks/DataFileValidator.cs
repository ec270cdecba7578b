using PortalProbe.Diagnostics;

namespace PortalProbe.Checks;

/// <summary>
/// Validates the data files of one folder of the checks tree (for example <c>calendar</c> or
/// <c>questions</c>) with that data's own loader. The CLI wires them in, so this project needs no
/// knowledge of the formats.
/// </summary>
/// <param name="Folder">
/// The folder name directly under the checks root, such as <c>calendar</c>, or the name of a single data file
/// there, such as <c>indicators.yaml</c>.
/// </param>
/// <param name="Validate">Checks one file and returns every problem with its place.</param>
public sealed record DataFileValidator(string Folder, Func<string, IReadOnlyList<Diagnostic>> Validate);
