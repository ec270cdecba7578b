using System.Text;

namespace PortalProbe.Analysis.Dates.Internal;

/// <summary>
/// A text after NFKC (full-width digits, colons, slashes and spaces become ASCII), with the way back from each
/// normalised character to the original characters it came from, so spans can be reported in the original.
/// </summary>
internal sealed class NormalizedText
{
    private readonly List<int> _from = [];
    private readonly List<int> _to = [];

    public NormalizedText(string original)
    {
        Original = original;
        var builder = new StringBuilder(original.Length);
        for (var i = 0; i < original.Length;)
        {
            var width = char.IsSurrogatePair(original, i) ? 2 : 1;
            var unit = original.Substring(i, width);
            // A lone surrogate has no normal form (Normalize would throw); it can never be part of a date anyway.
            var normal = unit[0] < 0x80 || (char.IsSurrogate(unit[0]) && width == 1) ? unit : unit.Normalize(NormalizationForm.FormKC);
            foreach (var c in normal)
            {
                builder.Append(c);
                _from.Add(i);
                _to.Add(i + width);
            }

            i += width;
        }

        Text = builder.ToString();
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>The original span of the normalised span [start, start + length).</summary>
    public (int Start, int Length) OriginalSpan(int start, int length)
    {
        var from = _from[start];
        return (from, _to[start + length - 1] - from);
    }
}
