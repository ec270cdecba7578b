using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Browser.Checks.Chatbot;

/// <summary>
/// One wording asked in the chat window: the bank question it belongs to, the words typed, whether they are a
/// paraphrase, the answer as stored (secrets removed, personal data masked; null when none came) and the judge's verdict.
/// </summary>
internal sealed record ChatExchange(Question Question, string Asked, bool Paraphrase, string? Answer, JudgeVerdict Verdict);
