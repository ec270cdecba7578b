namespace PortalProbe.Cli.Report.Pages;

/// <summary>The report's one stylesheet, inlined in every page (no external fonts: the system's CJK fonts render Chinese).</summary>
internal static class ReportCss
{
    public const string Text = """
        :root { --pass:#1e7b34; --pass-bg:#dcf3e2; --fail:#b3261e; --fail-bg:#fbe0de; --manual:#8a5a00; --manual-bg:#fff1c7;
                --error:#6a1b9a; --error-bg:#efdff7; --skipped:#555; --skipped-bg:#e8e8e8; --flaky:#0b6a78; --flaky-bg:#d6f1f4;
                --line:#d0d4da; --muted:#5f6670; }
        * { box-sizing: border-box; }
        body { margin:0; font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
               font-size:14px; color:#1d2127; background:#f6f7f9; line-height:1.5; }
        header.top { background:#1f3a5f; color:#fff; padding:10px 24px; font-size:15px; }
        header.top a { color:#cfe2ff; }
        main { padding:16px 24px 32px; max-width:1400px; }
        footer { color:var(--muted); font-size:12px; padding:8px 24px 24px; }
        h1 { font-size:22px; margin:8px 0 12px; } h2 { font-size:18px; margin:24px 0 8px; border-bottom:1px solid var(--line); padding-bottom:4px; }
        h3 { font-size:15px; margin:16px 0 6px; } h4 { font-size:14px; margin:12px 0 4px; }
        a { color:#0b57d0; }
        table { border-collapse:collapse; background:#fff; margin:6px 0 12px; }
        th, td { border:1px solid var(--line); padding:4px 8px; text-align:left; vertical-align:top; }
        th { background:#eef1f5; font-weight:600; }
        td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
        .muted { color:var(--muted); } .small { font-size:12px; }
        .chip { display:inline-block; padding:1px 7px; border-radius:10px; font-size:12px; font-weight:600; white-space:nowrap; margin:1px 2px; border:1px solid transparent; }
        .v-pass { color:var(--pass); background:var(--pass-bg); border-color:var(--pass); }
        .v-dry { color:var(--pass); background:repeating-linear-gradient(135deg,var(--pass-bg) 0 6px,#fff 6px 9px); border:1px dashed var(--pass); }
        .v-flaky { color:var(--flaky); background:var(--flaky-bg); border-color:var(--flaky); }
        .v-fail { color:var(--fail); background:var(--fail-bg); border-color:var(--fail); }
        .v-manual { color:var(--manual); background:var(--manual-bg); border-color:var(--manual); }
        .v-error { color:var(--error); background:var(--error-bg); border-color:var(--error); }
        .v-skipped, .not-measured { color:var(--skipped); background:var(--skipped-bg); border-color:#bbb; }
        .cards { display:flex; flex-wrap:wrap; gap:10px; margin:8px 0 16px; }
        .card { background:#fff; border:1px solid var(--line); border-radius:6px; padding:8px 14px; min-width:110px; }
        .card .n { font-size:22px; font-weight:700; } .card .l { font-size:12px; color:var(--muted); }
        table.matrix td { min-width:90px; } table.matrix td.city { white-space:nowrap; }
        table.matrix a.cell { text-decoration:none; }
        .none { color:#999; }
        .legend { margin:6px 0 10px; }
        section.channel { background:#fff; border:1px solid var(--line); border-radius:6px; padding:4px 16px 12px; margin:12px 0; }
        article.scenario { border-top:1px solid var(--line); padding:8px 0; }
        article.scenario:first-of-type { border-top:none; }
        .reason { margin:4px 0; } .hint { color:var(--manual); margin:2px 0; }
        .banner { padding:8px 12px; border-radius:6px; margin:8px 0; border:1px solid; }
        .banner.warn { background:var(--manual-bg); color:var(--manual); border-color:var(--manual); }
        .banner.info { background:#e7f0fd; color:#1f3a5f; border-color:#9fbbe3; }
        .thumbs { display:flex; flex-wrap:wrap; gap:10px; }
        figure.thumb { margin:0; background:#fff; border:1px solid var(--line); padding:4px; width:230px; }
        figure.thumb img { width:220px; max-height:160px; object-fit:cover; object-position:top; display:block; border:1px solid #eee; }
        figure.thumb figcaption { font-size:12px; color:var(--muted); word-break:break-all; }
        pre { background:#f0f2f5; padding:8px; overflow:auto; max-height:320px; white-space:pre-wrap; word-break:break-all; font-size:12px; }
        mark { background:#ffe36e; padding:0 1px; }
        .chain { font-family:monospace; font-size:12px; word-break:break-all; }
        svg.trend { background:#fff; border:1px solid var(--line); }
        details > summary { cursor:pointer; color:#0b57d0; }
        """;
}
