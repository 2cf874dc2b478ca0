using System.Globalization;
using System.Text;

namespace SipAnalyzers.Eval;

/// <summary>
/// The protocol rules (SIP2001, SIP2002, SIP2004 to SIP2012) against two hand-made lists: every warning they give on the
/// corpus reviewed as true or false (protocol-review.tsv), and the mistakes found by reading the code
/// (protocol/*.tsv). A warning not yet reviewed is listed as such; a mistake is found when the right rule warns on its
/// file within six lines of the statement labelled (a call may span several).
/// </summary>
public static class ProtocolScore
{
    private static readonly string[] Rules = ["SIP2001", "SIP2002", "SIP2004", "SIP2005", "SIP2006", "SIP2007", "SIP2008", "SIP2009", "SIP2010", "SIP2011", "SIP2012"];

    public static void Append(StringBuilder report, string evalDir, IReadOnlyList<string[]> diagnostics, long corpusLines)
    {
        var warnings = diagnostics.Where(d => Rules.Contains(d[6])).Select(d => (Repo: d[0], Path: d[1], Line: Int(d[2]), Rule: d[6])).Distinct().ToList();
        var review = Rows(Path.Combine(evalDir, "protocol-review.tsv"))
            .ToDictionary(r => (r[0], r[1], Int(r[2]), r[4]), r => (Verdict: r[5], Reason: r[6]));
        var mistakes = Directory.GetFiles(Path.Combine(evalDir, "protocol"), "*.tsv").SelectMany(Rows)
            .Select(r => (Repo: r[0], Path: r[2], Line: Int(r[3]), Rule: r[5], Reason: r[7])).ToList();

        report.Append(FormattableString.Invariant($"## Protocol rules ({corpusLines:N0} lines compiled)\n\n"));
        report.Append("| rule | warnings | true | false | not reviewed | false per 100k lines | mistakes found / labelled |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var rule in Rules)
        {
            var mine = warnings.Where(w => w.Rule == rule).ToList();
            var verdicts = mine.Select(w => review.TryGetValue((w.Repo, w.Path, w.Line, w.Rule), out var v) ? v.Verdict : null).ToList();
            var labelled = mistakes.Where(m => m.Rule == rule).ToList();
            var found = labelled.Count(m => warnings.Any(w => w.Rule == rule && w.Repo == m.Repo && w.Path == m.Path && Math.Abs(w.Line - m.Line) <= 6));
            var falseCount = verdicts.Count(v => v == "false");
            report.Append(FormattableString.Invariant(
                $"| {rule} | {mine.Count} | {verdicts.Count(v => v == "true")} | {falseCount} | {verdicts.Count(v => v == null)} | {falseCount * 100_000.0 / corpusLines:F1} | {found} / {labelled.Count} |\n"));
        }

        report.Append("\n### Warnings not yet reviewed\n\n");
        foreach (var w in warnings.Where(w => !review.ContainsKey((w.Repo, w.Path, w.Line, w.Rule))))
        {
            report.Append($"- {w.Repo} `{w.Path}:{w.Line}` {w.Rule}\n");
        }

        report.Append("\n### Labelled mistakes not found\n\n");
        foreach (var m in mistakes.Where(m => !warnings.Any(w => w.Rule == m.Rule && w.Repo == m.Repo && w.Path == m.Path && Math.Abs(w.Line - m.Line) <= 6)))
        {
            report.Append($"- {m.Repo} `{m.Path}:{m.Line}` {m.Rule}: {m.Reason}\n");
        }

        report.Append('\n');
    }

    private static IEnumerable<string[]> Rows(string path)
        => File.Exists(path) ? File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')) : [];

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
