namespace PortalProbe.Analysis.Tests.Chatbot;

/// <summary>Files of the repository, found by walking up from the test binaries to the folder holding PortalProbe.sln.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string QuestionsFolder => Path.Combine(Root, "checks", "questions");

    public static string ChatbotData(string name) =>
        Path.Combine(Root, "tests", "PortalProbe.Analysis.Tests", "Chatbot", "Data", name);

    private static string FindRoot()
    {
        for (var dir = TestContext.CurrentContext.TestDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "PortalProbe.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("PortalProbe.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
