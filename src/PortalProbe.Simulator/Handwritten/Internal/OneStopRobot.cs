namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>The floating chatbot's API: a question in, the hand-written answer out.</summary>
internal static class OneStopRobot
{
    public static async Task AnswerAsync(HandwrittenRequest request)
    {
        if (await JsonApi.ReadAsync(request) is not { } body)
        {
            return;
        }

        var question = JsonApi.Text(body, "question");
        if (question.Length is 0 or > RobotScript.MaxQuestionLength)
        {
            await JsonApi.FailAsync(request, 1, "请输入100字以内的问题");
            return;
        }

        var robot = request.Portal.Robot ?? throw new InvalidOperationException("the robot is on but has no answers");
        await JsonApi.OkAsync(request, new { Answer = robot.Reply(question) });
    }
}
