using System.Text;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;

namespace SipAnalyzers.DocGen;

/// <summary>
/// Renders every derived document from the registry and the descriptors: <c>docs/codes/NNN.md</c> for the 75 codes,
/// <c>docs/codes/index.md</c>, the comparison pages, <c>docs/index.md</c>, the README rule table and the adoption
/// presets (<see cref="Presets"/>). Hand-written pages (rules, detection,
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

        foreach (var comparison in AllComparisons())
        {
            files[$"docs/compare/{comparison.Slug}.md"] = ComparePage(comparison);
        }

        files["docs/compare/index.md"] = CompareIndex();
        foreach (var (mode, _) in Presets.Modes)
        {
            files[Presets.PathFor(mode)] = Presets.Render(mode);
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
        // One row per stack status enum and one warning per stack quirk, from the stack profiles.
        foreach (var (stack, statusEnum, member) in SipAnalyzers.Stacks.KnownStacks.EnumMembers(info.Code))
        {
            var enumName = statusEnum.MetadataName[(statusEnum.MetadataName.LastIndexOf('.') + 1)..];
            sb.Append($"| {stack.Name} | {(member == null ? "no member" : $"`{enumName}.{member}`")} |\n");
        }

        foreach (var note in SipAnalyzers.Stacks.KnownStacks.Notes(info.Code))
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
            var compare = ComparisonFor(info.Code, other.Code);
            sb.Append($"{n++}. [{other.Title}]({other.Code}.md) ([compare](../compare/{compare.Slug}.md)): {ClassRelation(info, other)}. {other.Code} means: {other.Meaning}\n");
        }

        sb.Append("\n## In code\n\n");
        sb.Append("```csharp\n");
        sb.Append($"if (response.StatusCode == (int)SipStatusCode.{info.MemberName}) {{ /* {info.Title} */ }}\n");
        sb.Append($"if (SipStatus.{SipStatusClassText.Predicate(info.Class)}(response.StatusCode)) {{ /* any {info.ClassText} */ }}\n");
        sb.Append("```\n");
        sb.Append("\n[All codes](index.md) · [Rules](../index.md)\n");
        return sb.ToString();
    }

    private static string ClassRelation(SipStatusInfo a, SipStatusInfo b)
        => a.Class == b.Class
            ? $"Both are {a.ClassText} responses"
            : $"{a.Code} is {a.ClassText}, while {b.Code} is {b.ClassText}";

    /// <summary>
    /// The curated comparisons, then one page per look-alike pair of the registry that no curated page covers
    /// (rendered from the registry's facts alone).
    /// </summary>
    public static IReadOnlyList<Comparison> AllComparisons() => Everything.Value;

    private static readonly Lazy<IReadOnlyList<Comparison>> Everything = new(BuildComparisons);

    private static IReadOnlyList<Comparison> BuildComparisons()
    {
        var all = new List<Comparison>(Comparisons.Curated);
        foreach (var info in SipStatusRegistry.All)
        {
            foreach (var code in info.LookAlikes)
            {
                var (low, high) = (Math.Min(info.Code, code), Math.Max(info.Code, code));
                if (!all.Any(c => c.Covers(low, high)))
                {
                    all.Add(FromFacts(SipStatusRegistry.Find(low)!, SipStatusRegistry.Find(high)!));
                }
            }
        }

        return all;
    }

    public static Comparison ComparisonFor(int a, int b)
        => AllComparisons().First(c => c.Covers(a, b));

    private static Comparison FromFacts(SipStatusInfo a, SipStatusInfo b)
    {
        var differences = new List<string>
        {
            $"{ClassRelation(a, b)}.",
            $"{a.Code} ({a.Citation}): {a.Meaning}",
            $"{b.Code} ({b.Citation}): {b.Meaning}",
            $"You see {a.Code}: {a.WhenYouSeeIt}",
            $"You see {b.Code}: {b.WhenYouSeeIt}",
        };
        if (a.Retry != b.Retry)
        {
            differences.Add($"Retrying: after {a.Code}, {LowerFirst(a.Retry)} After {b.Code}, {LowerFirst(b.Retry)}");
        }

        return new Comparison(
            new[] { a.Code, b.Code },
            $"{a.Title} and {b.Title} are often confused. {ClassRelation(a, b)}.",
            differences.ToArray(),
            new[] { (a.Code, a.HowToResolve), (b.Code, b.HowToResolve) },
            Array.Empty<string>());
    }

    private static string LowerFirst(string text)
        => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string ComparePage(Comparison comparison)
    {
        var infos = comparison.Codes.Select(c => SipStatusRegistry.Find(c)!).ToList();
        var sb = new StringBuilder();
        sb.Append("# SIP ").Append(string.Join(" vs ", infos.Select(i => i.Title))).Append("\n\n");
        sb.Append(RfcLinks.Linkify(comparison.Summary)).Append("\n\n");
        sb.Append("| |").Append(string.Concat(infos.Select(i => $" [{i.Code}](../codes/{i.Code}.md) |"))).Append('\n');
        sb.Append("|---|").Append(string.Concat(infos.Select(_ => "---|"))).Append('\n');
        sb.Append("| Class |").Append(string.Concat(infos.Select(i => $" {i.ClassText} |"))).Append('\n');
        sb.Append("| Defined by |").Append(string.Concat(infos.Select(i => $" {RfcLink(i)} |"))).Append('\n');
        sb.Append("| Retry |").Append(string.Concat(infos.Select(i => $" {i.Retry} |"))).Append('\n');
        sb.Append("| Generated enum |").Append(string.Concat(infos.Select(i => $" `SipStatusCode.{i.MemberName}` |"))).Append('\n');
        foreach (var info in infos)
        {
            sb.Append($"\n## {info.Title}\n\n");
            sb.Append($"**Description.** {info.Meaning}\n\n");
            sb.Append($"**When you see it.** {info.WhenYouSeeIt}\n\n");
            sb.Append($"**How to resolve.** {info.HowToResolve}\n");
        }

        sb.Append("\n## Key differences\n\n");
        var n = 1;
        foreach (var difference in comparison.Differences)
        {
            sb.Append($"{n++}. {RuleLinks(RfcLinks.Linkify(difference))}\n");
        }

        sb.Append("\n## When to use which\n\n");
        foreach (var (code, use) in comparison.WhenToUse)
        {
            sb.Append($"- **{SipStatusRegistry.Find(code)!.Title}**: {RuleLinks(RfcLinks.Linkify(use))}\n");
        }

        if (comparison.Rules.Length > 0)
        {
            sb.Append("\n## Rules that check it\n\n");
            foreach (var id in comparison.Rules)
            {
                var descriptor = Descriptors.All.First(d => d.Id == id);
                sb.Append($"- [{id}](../rules/{id}.md): {descriptor.Title}\n");
            }
        }

        sb.Append("\n[All comparisons](index.md) · [All codes](../codes/index.md)\n");
        return sb.ToString();
    }

    /// <summary>"(SIP2001)" in prose links to the rule's page.</summary>
    private static string RuleLinks(string text)
        => System.Text.RegularExpressions.Regex.Replace(text, @"\bSIP\d{4}\b", m =>
            Descriptors.All.Any(d => d.Id == m.Value) ? $"[{m.Value}](../rules/{m.Value}.md)" : m.Value);

    private static string CompareIndex()
    {
        var sb = new StringBuilder("# Codes developers confuse\n\n");
        sb.Append("Each page sets the codes side by side in the same format: description, when you see it, how to resolve, the key differences as numbered points, and when to use which.\n\n");
        sb.Append("## The usual suspects\n\n");
        foreach (var comparison in Comparisons.Curated)
        {
            sb.Append($"- [{CompareTitle(comparison)}]({comparison.Slug}.md)\n");
        }

        sb.Append("\n## Every other look-alike pair in the registry\n\n");
        foreach (var comparison in AllComparisons().Skip(Comparisons.Curated.Length))
        {
            sb.Append($"- [{CompareTitle(comparison)}]({comparison.Slug}.md)\n");
        }

        return sb.ToString();
    }

    private static string CompareTitle(Comparison comparison)
        => string.Join(" vs ", comparison.Codes.Select(c => SipStatusRegistry.Find(c)!.Title));

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
        sb.Append("- [Codes developers confuse, compared](compare/index.md)\n");
        sb.Append("\n## Rules\n\n");
        sb.Append(RuleTable().Replace("](docs/rules/", "](rules/", StringComparison.Ordinal));
        return sb.ToString();
    }
}
