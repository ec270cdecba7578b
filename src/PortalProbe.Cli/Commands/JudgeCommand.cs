using System.CommandLine;
using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe judge --answers FILE.jsonl</c>: scores chatbot answers on the evaluators' scale (1 accurate,
/// 0.5 partial, 0 irrelevant or no answer) and, where labels are given, prints the agreement.
/// </summary>
internal static class JudgeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var answers = new Option<string>("--answers") { Description = "JSON lines: {question, key_points, answer, label?}", Required = true };
        var questions = new Option<string?>("--questions") { Description = "Question bank folder or file (default: checks/questions)" };
        var command = new Command("judge", "Score a file of chatbot answers against their key points") { answers, questions };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = AnswersFile.Load(Path.GetFullPath(parse.GetValue(answers)!, environment.WorkingDirectory));
            var bankPath = parse.GetValue(questions) is { } given
                ? Path.GetFullPath(given, environment.WorkingDirectory)
                : Path.Combine(ProjectPaths.ChecksFolder(environment, null), "questions");
            var bank = File.Exists(bankPath) || Directory.Exists(bankPath) ? QuestionBank.Load(bankPath) : null;
            var problems = file.Diagnostics.Concat(bank?.Diagnostics ?? []).Where(d => d.IsError).Select(d => d.ToString()).ToList();
            if (problems.Count > 0 || file.Value is null)
            {
                return await Failures.UsageAsync(environment, problems);
            }

            var judged = file.Value.Judge(bank?.Value);
            await environment.Out.WriteAsync(JudgeReport.Render(judged).AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
