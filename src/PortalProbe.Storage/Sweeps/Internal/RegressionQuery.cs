namespace PortalProbe.Storage.Sweeps.Internal;

/// <summary>
/// A regression: a scenario on a channel that failed in a city's run of this sweep and passed (flaky and dry-run
/// passes included) in the city's run of the previous sweep that ran it. Errors and manual verdicts are ours
/// or a person's to act on, not the portal's regressions.
/// </summary>
internal static class RegressionQuery
{
    public const string Insert = """
        INSERT INTO sweep_regressions (sweep_id, city_code, channel, scenario, previous_sweep_id, previous_run_id, run_id, reason)
        SELECT now_city.sweep_id, now_city.city_code, now_result.channel, now_result.scenario,
               before_city.sweep_id, before_city.run_id, now_city.run_id, now_result.reason
        FROM sweep_cities AS now_city
        JOIN sweep_cities AS before_city
          ON before_city.city_code = now_city.city_code AND before_city.state = 'done'
         AND before_city.sweep_id = (SELECT max(p.sweep_id) FROM sweep_cities AS p
                                     WHERE p.city_code = now_city.city_code AND p.state = 'done' AND p.sweep_id < now_city.sweep_id)
        JOIN scenario_results AS now_result ON now_result.run_id = now_city.run_id AND now_result.verdict = 'fail'
        JOIN scenario_results AS before_result
          ON before_result.run_id = before_city.run_id AND before_result.scenario = now_result.scenario
         AND before_result.channel = now_result.channel AND before_result.verdict = 'pass'
        WHERE now_city.sweep_id = $sweep AND now_city.state = 'done'
        """;

    public const string Select = """
        SELECT r.city_code, r.channel, r.scenario, r.previous_sweep_id, r.previous_run_id, r.run_id, r.reason
        FROM sweep_regressions AS r JOIN sweep_cities AS c ON c.sweep_id = r.sweep_id AND c.city_code = r.city_code
        WHERE r.sweep_id = $sweep
        ORDER BY c.position, r.channel, r.scenario
        """;
}
