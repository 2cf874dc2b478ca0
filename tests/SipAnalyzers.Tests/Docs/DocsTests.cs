using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SipAnalyzers.DocGen;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using Xunit;

namespace SipAnalyzers.Tests.Docs;

/// <summary>Docs derived from the registry and descriptors must not drift, and every link must resolve.</summary>
public partial class DocsTests
{
    private static readonly string Root = DocsRenderer.FindRepositoryRoot(AppContext.BaseDirectory);

    [Fact]
    public void Derived_docs_are_up_to_date()
    {
        var drift = DocsRenderer.Apply(Root, write: false);
        Assert.True(drift.Count == 0, "Out of date (run: dotnet run --project tools/SipAnalyzers.DocGen): " + string.Join(", ", drift));
    }

    [Fact]
    public void There_is_a_page_per_registered_code()
        => Assert.All(SipStatusRegistry.All, info => Assert.True(File.Exists(Path.Combine(Root, "docs", "codes", info.Code + ".md"))));

    [Fact]
    public void Every_descriptor_has_a_rule_page_its_help_link_points_to_and_a_release_line()
    {
        var unshipped = File.ReadAllText(Path.Combine(Root, "src", "SipAnalyzers", "AnalyzerReleases.Unshipped.md"));
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        foreach (var descriptor in Descriptors.All)
        {
            var page = Path.Combine(Root, "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), descriptor.Id + " has no rule page");
            Assert.StartsWith($"# {descriptor.Id}: {descriptor.Title}", File.ReadAllText(page), StringComparison.Ordinal);
            Assert.Equal(DiagnosticIds.DocsUrl + "rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.Matches($@"(?m)^{descriptor.Id} \| {descriptor.Category} \| {descriptor.DefaultSeverity} \|", unshipped);
            Assert.Contains($"[{descriptor.Id}](docs/rules/{descriptor.Id}.md)", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_description_says_when_you_see_it_and_how_to_resolve_it()
    {
        foreach (var descriptor in Descriptors.All)
        {
            var description = descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("You see it", description, StringComparison.Ordinal);
            if (descriptor.Category != DiagnosticIds.ConfigurationCategory)
            {
                Assert.Matches("RFC 3261 section [0-9.]+", description); // protocol and status rules say which rule of SIP is at stake
            }

            Assert.True(description.Contains("fix", StringComparison.OrdinalIgnoreCase) || description.Contains("Replace", StringComparison.Ordinal),
                descriptor.Id + " does not say how to resolve it");
        }
    }

    [Fact]
    public void Every_relative_link_in_the_docs_resolves()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(Root, "README.md"));
        var broken = new List<string>();
        foreach (var file in files)
        {
            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(file)))
            {
                var target = link.Groups[1].Value.Split('#')[0];
                if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target))))
                {
                    broken.Add($"{Path.GetRelativePath(Root, file)} -> {target}");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
