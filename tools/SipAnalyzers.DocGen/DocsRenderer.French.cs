using System.Globalization;
using System.Text;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using SipAnalyzers.Registry.French;

namespace SipAnalyzers.DocGen;

/// <summary>
/// <c>docs/fr/</c>: the same pages in French, from the same registry (its French texts), the French resources of the
/// descriptors and the French comparisons, in the sections of the French explainer page this project came from
/// (Description, Quand vous le voyez, Comment résoudre, Différences clés, Quand utiliser lequel, En savoir plus).
/// Every English page links to its French page and back.
/// </summary>
public static partial class DocsRenderer
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static void RenderFrench(string root, IDictionary<string, string> files)
    {
        foreach (var info in SipStatusRegistry.All)
        {
            files[$"docs/fr/codes/{info.Code}.md"] = FrenchCodePage(info);
        }

        files["docs/fr/codes/index.md"] = FrenchCodesIndex();
        foreach (var comparison in AllFrenchComparisons())
        {
            files[$"docs/fr/compare/{comparison.Slug}.md"] = FrenchComparePage(comparison);
        }

        files["docs/fr/compare/index.md"] = FrenchCompareIndex();
        foreach (var descriptor in Descriptors.All)
        {
            var page = Path.Combine(root, "docs", "fr", "rules", descriptor.Id + ".md");
            if (File.Exists(page))
            {
                files[$"docs/fr/rules/{descriptor.Id}.md"] = WithSources(File.ReadAllText(page).Replace("\r\n", "\n"), root, descriptor.Id, french: true);
            }
        }

        files["docs/fr/index.md"] = FrenchDocsIndex();
    }

    private static SipStatusTextsFr Fr(SipStatusInfo info) => SipStatusRegistryFr.Find(info.Code)!;

    /// <summary>"RFC 3261, section 21.4.24" linked.</summary>
    private static string FrenchRfcLink(SipStatusInfo info) => RfcLink(info, SipStatusRegistryFr.Citation(info));

    private static string FrenchCodePage(SipStatusInfo info)
    {
        var fr = Fr(info);
        var sb = new StringBuilder();
        sb.Append($"# {info.Title}\n\n");
        sb.Append($"[English](../../codes/{info.Code}.md)\n\n");
        sb.Append("| | |\n|---|---|\n");
        sb.Append($"| Classe | {info.ClassText} ([RFC 3261, section {SipStatusClassText.Section(info.Class)}](https://www.rfc-editor.org/rfc/rfc3261#section-{SipStatusClassText.Section(info.Class)})) |\n");
        sb.Append($"| Définie par | {FrenchRfcLink(info)} |\n");
        sb.Append($"| Statut | {SipStatusRegistryFr.Standing(info.Standing)}{(fr.StandingNote == null ? string.Empty : " : " + fr.StandingNote)} |\n");
        sb.Append($"| Énumération générée | `Sip.SipStatusCode.{info.MemberName}` |\n");
        foreach (var (stack, statusEnum, member) in SipAnalyzers.Stacks.KnownStacks.EnumMembers(info.Code))
        {
            var enumName = statusEnum.MetadataName[(statusEnum.MetadataName.LastIndexOf('.') + 1)..];
            sb.Append($"| {stack.Name} | {(member == null ? "aucun membre" : $"`{enumName}.{member}`")} |\n");
        }

        foreach (var note in SipAnalyzers.Stacks.KnownStacks.FrenchNotes(info.Code))
        {
            sb.Append($"\n> **Attention, pile SIP :** {note}\n");
        }

        sb.Append($"\n## Description\n\n{fr.Meaning}\n");
        sb.Append($"\n## Quand vous le voyez\n\n{fr.WhenYouSeeIt}\n");
        sb.Append($"\n## Comment résoudre\n\n{fr.HowToResolve}\n");
        sb.Append($"\n## Nouvelle tentative\n\n{fr.Retry}\n");
        sb.Append("\n## Différences clés\n\n");
        var n = 1;
        foreach (var code in info.LookAlikes)
        {
            var other = SipStatusRegistry.Find(code)!;
            var compare = ComparisonFor(info.Code, other.Code);
            sb.Append($"{n++}. [{other.Title}]({other.Code}.md) ([comparer](../compare/{compare.Slug}.md)) : {FrenchClassRelation(info, other)}. {other.Code} signifie : {Fr(other).Meaning}\n");
        }

        foreach (var comparison in Comparisons.Curated.Where(c => c.Codes.Contains(info.Code) && !c.Codes.All(o => o == info.Code || info.LookAlikes.Contains(o))))
        {
            var others = comparison.Codes.Where(o => o != info.Code).Select(o => SipStatusRegistry.Find(o)!);
            sb.Append($"{n++}. Comparé à {string.Join(" et ", others.Select(o => $"[{o.Title}]({o.Code}.md)"))} : [{FrenchCompareTitle(comparison)}](../compare/{comparison.Slug}.md)\n");
        }

        sb.Append("\n## Dans le code\n\n");
        sb.Append("```csharp\n");
        sb.Append($"if (response.StatusCode == (int)SipStatusCode.{info.MemberName}) {{ /* {info.Title} */ }}\n");
        sb.Append($"if (SipStatus.{SipStatusClassText.Predicate(info.Class)}(response.StatusCode)) {{ /* tout {info.ClassText} */ }}\n");
        sb.Append("```\n");
        sb.Append("\n[Tous les codes](index.md) · [Règles](../index.md)\n");
        return sb.ToString();
    }

    private static string FrenchClassRelation(SipStatusInfo a, SipStatusInfo b)
        => a.Class == b.Class
            ? $"Les deux sont des réponses {a.ClassText}"
            : $"{a.Code} est une réponse {a.ClassText}, alors que {b.Code} est une réponse {b.ClassText}";

    /// <summary>The curated comparisons in French, then the look-alike pairs rendered from the registry's French texts.</summary>
    private static IReadOnlyList<Comparison> AllFrenchComparisons()
    {
        var all = new List<Comparison>(ComparisonsFrench.Curated);
        foreach (var comparison in AllComparisons().Skip(Comparisons.Curated.Length))
        {
            all.Add(FrenchFromFacts(SipStatusRegistry.Find(comparison.Codes[0])!, SipStatusRegistry.Find(comparison.Codes[1])!));
        }

        return all;
    }

    private static Comparison FrenchFromFacts(SipStatusInfo a, SipStatusInfo b)
    {
        var (fa, fb) = (Fr(a), Fr(b));
        var differences = new List<string>
        {
            $"{FrenchClassRelation(a, b)}.",
            $"{a.Code} ({SipStatusRegistryFr.Citation(a)}) : {fa.Meaning}",
            $"{b.Code} ({SipStatusRegistryFr.Citation(b)}) : {fb.Meaning}",
            $"Vous voyez {a.Code} : {fa.WhenYouSeeIt}",
            $"Vous voyez {b.Code} : {fb.WhenYouSeeIt}",
        };
        if (fa.Retry != fb.Retry)
        {
            differences.Add($"Nouvelle tentative après {a.Code} : {fa.Retry} Après {b.Code} : {fb.Retry}");
        }

        return new Comparison(
            new[] { a.Code, b.Code },
            $"{a.Title} et {b.Title} sont souvent confondus. {FrenchClassRelation(a, b)}.",
            differences.ToArray(),
            new[] { (a.Code, fa.HowToResolve), (b.Code, fb.HowToResolve) },
            Array.Empty<string>());
    }

    private static string FrenchComparePage(Comparison comparison)
    {
        var infos = comparison.Codes.Select(c => SipStatusRegistry.Find(c)!).ToList();
        var sb = new StringBuilder();
        sb.Append("# SIP ").Append(string.Join(" vs ", infos.Select(i => i.Title))).Append("\n\n");
        sb.Append($"[English](../../compare/{comparison.Slug}.md)\n\n");
        sb.Append(RfcLinks.Linkify(comparison.Summary)).Append('\n');
        foreach (var info in infos)
        {
            var fr = Fr(info);
            sb.Append($"\n## {info.Title}\n\n");
            sb.Append($"**Description.** {fr.Meaning}\n\n");
            sb.Append($"**Quand vous le voyez.** {fr.WhenYouSeeIt}\n\n");
            sb.Append($"**Comment résoudre.** {fr.HowToResolve}\n");
        }

        sb.Append("\n## Différences clés\n\n");
        sb.Append("| |").Append(string.Concat(infos.Select(i => $" [{i.Code} {i.ReasonPhrase}](../codes/{i.Code}.md) |"))).Append('\n');
        sb.Append("|---|").Append(string.Concat(infos.Select(_ => "---|"))).Append('\n');
        sb.Append("| Classe |").Append(string.Concat(infos.Select(i => $" {i.ClassText} |"))).Append('\n');
        sb.Append("| Sens |").Append(string.Concat(infos.Select(i => $" {FirstSentence(Fr(i).Meaning)} |"))).Append('\n');
        sb.Append("| Finale ? |").Append(string.Concat(infos.Select(i => $" {ClassFacts.FrenchFinality(i.Class)} |"))).Append('\n');
        sb.Append("| Le client ensuite |").Append(string.Concat(infos.Select(i => $" {ClassFacts.FrenchNextStep(i.Class)} |"))).Append('\n');
        sb.Append("| Nouvelle tentative |").Append(string.Concat(infos.Select(i => $" {Fr(i).Retry} |"))).Append('\n');
        sb.Append("| Définie par |").Append(string.Concat(infos.Select(i => $" {FrenchRfcLink(i)} |"))).Append('\n');
        sb.Append("| Énumération générée |").Append(string.Concat(infos.Select(i => $" `SipStatusCode.{i.MemberName}` |"))).Append("\n\n");
        var n = 1;
        foreach (var difference in comparison.Differences)
        {
            sb.Append($"{n++}. {RuleLinks(RfcLinks.Linkify(difference))}\n");
        }

        sb.Append("\n## Quand utiliser lequel\n\n");
        foreach (var (code, use) in comparison.WhenToUse)
        {
            sb.Append($"- **{SipStatusRegistry.Find(code)!.Title}** : {RuleLinks(RfcLinks.Linkify(use))}\n");
        }

        sb.Append("\n## En savoir plus\n\n");
        foreach (var info in infos)
        {
            sb.Append($"- [{info.Title}](../codes/{info.Code}.md) : tout sur ce code ; {FrenchRfcLink(info)}\n");
        }

        foreach (var id in comparison.Rules)
        {
            var descriptor = Descriptors.All.First(d => d.Id == id);
            sb.Append($"- [{id}](../rules/{id}.md), la règle qui le vérifie : {descriptor.Title.ToString(French)}\n");
        }

        sb.Append("- [Toutes les comparaisons](index.md) · [Tous les codes](../codes/index.md)\n");
        return sb.ToString();
    }

    private static string FrenchCompareTitle(Comparison comparison)
        => string.Join(" vs ", comparison.Codes.Select(c => SipStatusRegistry.Find(c)!.Title));

    private static string FrenchCompareIndex()
    {
        var sb = new StringBuilder("# Les codes que les développeurs confondent\n\n");
        sb.Append("[English](../../compare/index.md)\n\n");
        sb.Append("Chaque page met les codes côte à côte dans les mêmes sections : pour chaque code, sa description, quand vous le voyez et comment résoudre ; les différences clés (un tableau de la classe, du sens, du caractère final, de ce que fait ensuite le client et des nouvelles tentatives, puis des points numérotés) ; quand utiliser lequel ; et où en savoir plus.\n\n");
        sb.Append("## Les suspects habituels\n\n");
        foreach (var comparison in ComparisonsFrench.Curated)
        {
            sb.Append($"- [{FrenchCompareTitle(comparison)}]({comparison.Slug}.md)\n");
        }

        sb.Append("\n## Toutes les autres paires de codes semblables du registre\n\n");
        foreach (var comparison in AllComparisons().Skip(Comparisons.Curated.Length))
        {
            sb.Append($"- [{FrenchCompareTitle(comparison)}]({comparison.Slug}.md)\n");
        }

        return sb.ToString();
    }

    private static string FrenchCodesIndex()
    {
        var sb = new StringBuilder("# Les codes d'état des réponses SIP\n\n");
        sb.Append("[English](../../codes/index.md)\n\n");
        sb.Append("Les 75 codes enregistrés auprès de l'IANA, générés à partir du registre de SipAnalyzers. Un client traite un code final inconnu comme le code x00 de sa classe, et un code provisoire inconnu autre que 100 comme un 183 (RFC 3261, section 8.1.3.2).\n");
        foreach (var group in SipStatusRegistry.All.GroupBy(i => i.Class))
        {
            sb.Append($"\n## {SipStatusClassText.Describe(group.Key)}\n\n| Code | Libellé (reason phrase) | Défini par | Statut |\n|---|---|---|---|\n");
            foreach (var info in group)
            {
                sb.Append($"| [{info.Code}]({info.Code}.md) | {info.ReasonPhrase} | {SipStatusRegistryFr.Citation(info)} | {SipStatusRegistryFr.Standing(info.Standing)} |\n");
            }
        }

        return sb.ToString();
    }

    private static string FrenchDocsIndex()
    {
        var sb = new StringBuilder("# Documentation de SipAnalyzers\n\n");
        sb.Append("[English](../index.md)\n\n");
        sb.Append("Par où commencer :\n\n");
        sb.Append("- **Un diagnostic dans votre build ?** Son ID mène à la page de sa règle ci-dessous : ce qu'elle signale, pourquoi, comment se comporte le correctif.\n");
        sb.Append("- **Un code d'état que vous ne connaissez pas ?** [Les 75 codes de réponse SIP](codes/index.md), chacun avec son sens, quand vous le voyez et comment résoudre.\n");
        sb.Append("- **Deux codes qui se ressemblent ?** [Les codes que les développeurs confondent, comparés](compare/index.md), à commencer par [100 Trying vs 600 Busy Everywhere](compare/100-vs-600.md).\n");
        sb.Append("- **Messages et documentation en français ?** Une build avec `-p:PreferredUILang=fr-FR` (ou un IDE en français) affiche les diagnostics en français ; `sip_analyzers.documentation_language = fr` dans `.editorconfig` met en français la documentation des membres de `SipStatusCode` au survol.\n");
        sb.Append("\n## Règles\n\n");
        sb.Append(FrenchRuleTable());
        return sb.ToString();
    }

    private static string FrenchRuleTable()
    {
        var sb = new StringBuilder();
        sb.Append("| ID | Titre | Catégorie | Gravité | Correctif |\n|---|---|---|---|---|\n");
        var fixable = FixableIds();
        foreach (var d in Descriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            sb.Append($"| [{d.Id}](rules/{d.Id}.md) | {d.Title.ToString(French)} | {d.Category} | {d.DefaultSeverity} | {(fixable.Contains(d.Id) ? "oui" : "non")} |\n");
        }

        return sb.ToString();
    }
}
