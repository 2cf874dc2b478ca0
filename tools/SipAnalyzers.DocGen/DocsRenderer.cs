using System.Text;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;

namespace SipAnalyzers.DocGen;

/// <summary>
/// Renders every derived document from the registry and the descriptors: <c>docs/codes/NNN.md</c> for the 75 codes,
/// <c>docs/codes/index.md</c>, <c>docs/index.md</c> and the README rule table. Hand-written pages (rules, detection,
/// configuration) are linked, not rendered.
/// </summary>
public static class DocsRenderer
{
    private const string RulesBegin = "<!-- rules:begin (generated from the descriptors by tools/SipAnalyzers.DocGen; do not edit) -->";
    private const string RulesEnd = "<!-- rules:end -->";

    public static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SipAnalyzers.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("SipAnalyzers.slnx not found above " + start);
    }

    /// <summary>Writes (or, with write false, only compares) every derived file; returns the ones that differed.</summary>
    public static IReadOnlyList<string> Apply(string root, bool write)
    {
        var drift = new List<string>();
        foreach (var (relative, content) in Render(root))
        {
            var path = Path.Combine(root, relative);
            var existing = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
            if (existing == content)
            {
                continue;
            }

            drift.Add(relative);
            if (write)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, content);
            }
        }

        return drift;
    }

    /// <summary>Every derived file, keyed by its path relative to the repository root ('/' separators).</summary>
    public static IReadOnlyDictionary<string, string> Render(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var info in SipStatusRegistry.All)
        {
            files[$"docs/codes/{info.Code}.md"] = CodePage(info);
        }

        files["docs/codes/index.md"] = CodesIndex();
        files["docs/index.md"] = DocsIndex();
        var readme = Path.Combine(root, "README.md");
        if (File.Exists(readme))
        {
            files["README.md"] = WithRuleTable(File.ReadAllText(readme).Replace("\r\n", "\n"));
        }

        return files;
    }

    public static string RuleTable()
    {
        var sb = new StringBuilder();
        var fixable = typeof(SipAnalyzers.CodeFixes.SipCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).IsAssignableFrom(t))
            .SelectMany(t => ((Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .ToHashSet(StringComparer.Ordinal);
        sb.Append("| ID | Title | Category | Severity | Code fix |\n|---|---|---|---|---|\n");
        foreach (var d in Descriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var fix = fixable.Contains(d.Id) ? "yes" : "no";
            sb.Append($"| [{d.Id}](docs/rules/{d.Id}.md) | {d.Title} | {d.Category} | {d.DefaultSeverity} | {fix} |\n");
        }

        return sb.ToString();
    }

    private static string WithRuleTable(string readme)
    {
        var begin = readme.IndexOf("<!-- rules:begin", StringComparison.Ordinal);
        var end = readme.IndexOf(RulesEnd, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            return readme;
        }

        return readme[..begin] + RulesBegin + "\n" + RuleTable() + readme[end..];
    }

    private static string RfcLink(SipStatusInfo info)
    {
        var number = info.Rfc.Replace("RFC ", string.Empty, StringComparison.Ordinal);
        var anchor = info.Section.Length == 0 ? string.Empty : "#section-" + info.Section;
        return $"[{info.Citation}](https://www.rfc-editor.org/rfc/rfc{number}{anchor})";
    }

    private static string CodePage(SipStatusInfo info)
    {
        var sb = new StringBuilder();
        sb.Append($"# {info.Title}\n\n");
        sb.Append("| | |\n|---|---|\n");
        sb.Append($"| Class | {info.ClassText} ([RFC 3261 section {SipStatusClassText.Section(info.Class)}](https://www.rfc-editor.org/rfc/rfc3261#section-{SipStatusClassText.Section(info.Class)})) |\n");
        sb.Append($"| Defined by | {RfcLink(info)} |\n");
        sb.Append($"| Standing | {info.Standing}{(info.StandingNote == null ? string.Empty : ": " + info.StandingNote)} |\n");
        sb.Append($"| Generated enum | `Sip.SipStatusCode.{info.MemberName}` |\n");
        sb.Append($"| SIPSorcery | {(info.SipSorceryName == null ? "no member" : $"`SIPResponseStatusCodesEnum.{info.SipSorceryName}`")} |\n");
        sb.Append($"| pjsua2 | {(info.PjsipName == null ? "no member" : $"`pjsip_status_code.{info.PjsipName}`")} |\n");
        if (SipStatusRegistry.StackNotes.TryGetValue(info.Code, out var note))
        {
            sb.Append($"\n> **Stack warning:** {note}\n");
        }

        sb.Append($"\n## Description\n\n{info.Meaning}\n");
        sb.Append($"\n## When you see it\n\n{info.WhenYouSeeIt}\n");
        sb.Append($"\n## How to resolve\n\n{info.HowToResolve}\n");
        sb.Append($"\n## Retry\n\n{info.Retry}\n");
        sb.Append("\n## Key differences\n\n");
        var n = 1;
        foreach (var code in info.LookAlikes)
        {
            var other = SipStatusRegistry.Find(code)!;
            var classes = other.Class == info.Class
                ? $"Both are {info.ClassText} responses"
                : $"{info.Code} is {info.ClassText}, while {other.Code} is {other.ClassText}";
            sb.Append($"{n++}. [{other.Title}]({other.Code}.md): {classes}. {other.Code} means: {other.Meaning}\n");
        }

        sb.Append("\n## In code\n\n");
        sb.Append("```csharp\n");
        sb.Append($"if (response.StatusCode == (int)SipStatusCode.{info.MemberName}) {{ /* {info.Title} */ }}\n");
        sb.Append($"if (SipStatus.{SipStatusClassText.Predicate(info.Class)}(response.StatusCode)) {{ /* any {info.ClassText} */ }}\n");
        sb.Append("```\n");
        sb.Append("\n[All codes](index.md) · [Rules](../index.md)\n");
        return sb.ToString();
    }

    private static string CodesIndex()
    {
        var sb = new StringBuilder("# SIP response status codes\n\n");
        sb.Append("The 75 codes registered with IANA, generated from SipAnalyzers' registry. A client treats an unknown final code as the x00 code of its class, and an unknown provisional code other than 100 as 183 (RFC 3261 section 8.1.3.2).\n");
        foreach (var group in SipStatusRegistry.All.GroupBy(i => i.Class))
        {
            sb.Append($"\n## {SipStatusClassText.Describe(group.Key)}\n\n| Code | Reason phrase | Defined by | Standing |\n|---|---|---|---|\n");
            foreach (var info in group)
            {
                sb.Append($"| [{info.Code}]({info.Code}.md) | {info.ReasonPhrase} | {info.Citation} | {info.Standing} |\n");
            }
        }

        return sb.ToString();
    }

    private static string DocsIndex()
    {
        var sb = new StringBuilder("# SipAnalyzers documentation\n\n");
        sb.Append("- [How a number is recognized as a SIP status](detection.md)\n");
        sb.Append("- [Configuration](configuration.md)\n");
        sb.Append("- [The 75 SIP response codes](codes/index.md)\n");
        sb.Append("\n## Rules\n\n");
        sb.Append(RuleTable().Replace("](docs/rules/", "](rules/", StringComparison.Ordinal));
        return sb.ToString();
    }
}
