using System.Globalization;
using System.Text;

namespace SipAnalyzers.Eval;

/// <summary>
/// The "score" verb: the literal rules' diagnostics (out/diagnostics.tsv) against the hand labels (labels/*.tsv).
/// A labelled literal is found when a literal rule's diagnostic covers it (SIP1001 and SIP1003 on the literal itself,
/// SIP1002 and SIP2003 on the range it bounds). Recall counts the `sip` sites found; precision counts the diagnostics
/// that cover at least one labelled site: true when one of them is `sip`, false when none is. Prints the totals and
/// the breakdowns per repository, lineage and context kind, then the missed and the false sites; writes out/score.md.
/// </summary>
public static class ScoreCommand
{
    private static readonly HashSet<string> LiteralRules = new(StringComparer.Ordinal) { "SIP1001", "SIP1002", "SIP1003", "SIP2003" };

    private sealed record Label(string Repo, string Path, int Line, int Column, string Literal, string Kind, string Context, string Reason);

    private sealed record Finding(string Repo, string Path, int Line, int Column, int EndLine, int EndColumn, string Id, string Message)
    {
        public bool Covers(Label label) => label.Repo == Repo && label.Path == Path
            && (label.Line > Line || (label.Line == Line && label.Column >= Column))
            && (label.Line < EndLine || (label.Line == EndLine && label.Column < EndColumn));
    }

    public static int Run(string evalDir)
    {
        var manifest = Manifest.Load(Path.Combine(evalDir, "manifest.tsv")).ToDictionary(r => r.Repo);
        var labels = Directory.GetFiles(Path.Combine(evalDir, "labels"), "*.tsv").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(f).Skip(1)).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(f => new Label(f[0], f[2], int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture), f[5], f[6], f[7], f.Length > 8 ? f[8] : ""))
            .ToList();
        var all = File.ReadLines(Path.Combine(evalDir, "out", "diagnostics.tsv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(f => new Finding(f[0], f[1], Int(f[2]), Int(f[3]), Int(f[4]), Int(f[5]), f[6], f[8])).ToList();
        // Only the labelled files are scored: the manifest's include paths, SIP-related files with at least one candidate.
        var labelledFiles = labels.Select(l => (l.Repo, l.Path)).ToHashSet();
        // A file that several projects compile (a linked shared file) is reported once per project: counted once.
        var findings = all.Where(f => LiteralRules.Contains(f.Id) && labelledFiles.Contains((f.Repo, f.Path))).Distinct().ToList();
        var byFile = findings.GroupBy(f => (f.Repo, f.Path)).ToDictionary(g => g.Key, g => g.ToList());
        var labelsByFile = labels.GroupBy(l => (l.Repo, l.Path)).ToDictionary(g => g.Key, g => g.ToList());

        var found = labels.ToDictionary(l => l, l => byFile.TryGetValue((l.Repo, l.Path), out var fs) && fs.Any(f => f.Covers(l)));
        var verdicts = findings.Select(f =>
        {
            var covered = labelsByFile.TryGetValue((f.Repo, f.Path), out var ls) ? ls.Where(f.Covers).ToList() : [];
            return (Finding: f, Covered: covered, True: covered.Any(l => l.Kind == "sip"));
        }).ToList();

        var report = new StringBuilder();
        report.Append("# Literal rules on the development corpus\n\n");
        report.Append(FormattableString.Invariant($"Labelled sites: {labels.Count} ({labels.Count(l => l.Kind == "sip")} sip). Literal-rule diagnostics: {findings.Count} ({verdicts.Count(v => v.Covered.Count == 0)} cover no labelled site). AD0001: {all.Count(f => f.Id == "AD0001")}.\n\n"));
        Table(report, "Total", new[] { ("all", (Func<Label, bool>)(_ => true), (Func<Finding, bool>)(_ => true)) }, labels, found, verdicts);
        Table(report, "Per lineage", manifest.Values.Select(r => r.Lineage).Distinct().OrderBy(x => x)
            .Select(lineage => (lineage, (Func<Label, bool>)(l => manifest[l.Repo].Lineage == lineage), (Func<Finding, bool>)(f => manifest[f.Repo].Lineage == lineage))), labels, found, verdicts);
        Table(report, "Per repository", manifest.Keys.Select(repo => (repo, (Func<Label, bool>)(l => l.Repo == repo), (Func<Finding, bool>)(f => f.Repo == repo))), labels, found, verdicts);
        Table(report, "Per context kind (sip sites)", labels.Where(l => l.Kind == "sip").Select(l => l.Context).Distinct().OrderBy(x => x)
            .Select(context => (context, (Func<Label, bool>)(l => l.Context == context), (Func<Finding, bool>)(_ => false))), labels, found, verdicts, recallOnly: true);

        var corpusLines = File.ReadLines(Path.Combine(evalDir, "out", "run.tsv")).Skip(1).Where(l => l.Length > 0)
            .Sum(l => long.Parse(l.Split('\t')[3], CultureInfo.InvariantCulture));
        ProtocolScore.Append(report, evalDir, File.ReadLines(Path.Combine(evalDir, "out", "diagnostics.tsv")).Skip(1)
            .Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList(), corpusLines);

        report.Append("## Missed sip sites\n\n");
        foreach (var label in labels.Where(l => l.Kind == "sip" && !found[l]))
        {
            report.Append($"- {label.Repo} `{label.Path}:{label.Line}:{label.Column}` {label.Literal} ({label.Context}): {label.Reason}\n");
        }

        report.Append("\n## False diagnostics (covering only non-sip sites)\n\n");
        foreach (var (finding, covered, _) in verdicts.Where(v => v.Covered.Count > 0 && !v.True))
        {
            report.Append($"- {finding.Repo} `{finding.Path}:{finding.Line}:{finding.Column}` {finding.Id}: {string.Join("; ", covered.Select(l => l.Literal + " " + l.Kind + " (" + l.Reason + ")"))}\n");
        }

        report.Append("\n## Literal-rule diagnostics on no labelled site\n\n");
        foreach (var (finding, _, _) in verdicts.Where(v => v.Covered.Count == 0))
        {
            report.Append($"- {finding.Repo} `{finding.Path}:{finding.Line}:{finding.Column}` {finding.Id}: {finding.Message}\n");
        }

        File.WriteAllText(Path.Combine(evalDir, "out", "score.md"), report.ToString());
        var text = report.ToString();
        Console.Write(text[..text.IndexOf("## Missed", StringComparison.Ordinal)]);
        Console.WriteLine("(the missed and false sites are listed in out/score.md)");
        return 0;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static void Table(StringBuilder report, string title, IEnumerable<(string Name, Func<Label, bool> Labels, Func<Finding, bool> Findings)> groups,
        List<Label> labels, Dictionary<Label, bool> found, List<(Finding Finding, List<Label> Covered, bool True)> verdicts, bool recallOnly = false)
    {
        report.Append($"## {title}\n\n| | sip sites | found | recall | diagnostics | true | false | precision |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var (name, inLabels, inFindings) in groups)
        {
            var sip = labels.Where(l => l.Kind == "sip" && inLabels(l)).ToList();
            var hit = sip.Count(l => found[l]);
            var judged = verdicts.Where(v => v.Covered.Count > 0 && (recallOnly ? v.Covered.Any(inLabels) : inFindings(v.Finding))).ToList();
            var truePositives = judged.Count(v => v.True);
            report.Append(FormattableString.Invariant(
                $"| {name} | {sip.Count} | {hit} | {Ratio(hit, sip.Count)} | {judged.Count} | {truePositives} | {judged.Count - truePositives} | {Ratio(truePositives, judged.Count)} |\n"));
        }

        report.Append('\n');
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "-" : (part / (double)whole).ToString("F2", CultureInfo.InvariantCulture);
}
