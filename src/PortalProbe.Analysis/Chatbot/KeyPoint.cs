namespace PortalProbe.Analysis.Chatbot;

/// <summary>One thing a correct answer says, recognised by any of its synonyms.</summary>
public sealed record KeyPoint(string Name, IReadOnlyList<string> Synonyms)
{
    /// <summary>The separator of the compact form <c>营业执照|执照</c>.</summary>
    public const char SynonymSeparator = '|';

    /// <summary>
    /// A key point from its compact form: synonyms separated by <c>|</c>, named after the first one.
    /// Blank synonyms are kept so that the caller can report them (see <see cref="BlankSynonyms"/>).
    /// </summary>
    public static KeyPoint Parse(string compact)
    {
        ArgumentNullException.ThrowIfNull(compact);
        var synonyms = compact.Split(SynonymSeparator).Select(s => s.Trim()).ToList();
        return new KeyPoint(synonyms[0], synonyms);
    }

    /// <summary>How many synonyms are blank or say nothing once punctuation and whitespace are ignored.</summary>
    public int BlankSynonyms => Synonyms.Count(s => Internal.ChineseText.Normalise(s).Value.Length == 0);

    public override string ToString() => $"{Name} ({string.Join(SynonymSeparator, Synonyms)})";
}
