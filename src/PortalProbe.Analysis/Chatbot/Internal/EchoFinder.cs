namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>
/// Marks the characters of an answer that merely repeat the question: runs of at least
/// <see cref="MinimumLength"/> characters that also occur in one of its wordings.
/// </summary>
internal static class EchoFinder
{
    public const int MinimumLength = 4;

    public static bool[] Mark(string answer, IEnumerable<string> wordings)
    {
        var echoed = new bool[answer.Length];
        foreach (var wording in wordings)
        {
            for (var start = 0; start < answer.Length; start++)
            {
                var length = 0;
                while (start + length < answer.Length && wording.AsSpan().IndexOf(answer.AsSpan(start, length + 1), StringComparison.Ordinal) >= 0)
                {
                    length++;
                }

                if (length >= MinimumLength)
                {
                    Array.Fill(echoed, true, start, length);
                }
            }
        }

        return echoed;
    }
}
