using System.Text.RegularExpressions;
using SipAnalyzers.DocGen;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using Xunit;

namespace SipAnalyzers.Tests.Docs;

/// <summary>The comparison pages: every look-alike pair has one, and the hand-written ones cite only what was checked.</summary>
public partial class ComparisonTests
{
    private static readonly string Root = DocsRenderer.FindRepositoryRoot(AppContext.BaseDirectory);

    /// <summary>
    /// RFC sections the curated prose may cite, each checked against shared/reference/sip-status-codes.md (which quotes
    /// them) when it was written. A new citation fails here until it is checked and added. The sections that define
    /// a code (21.x.y) come from the registry.
    /// </summary>
    private static readonly HashSet<(string Rfc, string Section)> CheckedCitations = new()
    {
        ("3261", "7.2"), ("3261", "8.1.3.1"), ("3261", "8.1.3.2"), ("3261", "13.2.2.4"), ("3261", "21.5"), ("3261", "8.1.3.4"), ("3261", "8.1.3.5"), ("3261", "9.2"),
        ("3261", "12.2.1.2"), ("3261", "16.7"), ("3261", "17.2.1"), ("3261", "20.33"), ("3261", "20.43"),
        ("3261", "21.1"), ("3261", "21.2"), ("3261", "21.4"), ("3261", "21.6"), ("3261", "22"), ("3261", "22.1"),
        ("3261", "22.2"), ("3261", "22.3"), ("3262", "3"), ("4320", "4.1"), ("4320", "4.2"), ("6665", "8.3.1"),
    };

    [Theory]
    [InlineData(100, 600)] // the explainer page this project started from
    [InlineData(100, 180, 183)]
    [InlineData(486, 600, 603)]
    [InlineData(488, 606)]
    [InlineData(401, 407)]
    [InlineData(403, 404)]
    [InlineData(408, 480, 504)]
    [InlineData(301, 302, 305)]
    [InlineData(500, 503)]
    [InlineData(481, 487)]
    [InlineData(200, 202)]
    [InlineData(404, 604)]
    [InlineData(603, 607, 608)]
    public void The_usual_suspects_have_a_curated_page(params int[] codes)
    {
        var comparison = Assert.Single(Comparisons.Curated, c => c.Codes.SequenceEqual(codes));
        Assert.True(File.Exists(Path.Combine(Root, "docs", "compare", comparison.Slug + ".md")), comparison.Slug);
        Assert.True(comparison.Differences.Length >= 3, comparison.Slug + " needs at least three key differences");
        Assert.Equal(codes, comparison.WhenToUse.Select(w => w.Code));
    }

    [Fact]
    public void Every_look_alike_pair_of_the_registry_has_a_page_and_the_code_pages_link_it()
    {
        foreach (var info in SipStatusRegistry.All)
        {
            var codePage = File.ReadAllText(Path.Combine(Root, "docs", "codes", info.Code + ".md"));
            foreach (var other in info.LookAlikes)
            {
                var comparison = DocsRenderer.ComparisonFor(info.Code, other);
                Assert.True(File.Exists(Path.Combine(Root, "docs", "compare", comparison.Slug + ".md")), comparison.Slug);
                Assert.Contains($"(../compare/{comparison.Slug}.md)", codePage, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Curated_pages_name_registered_codes_and_existing_rules()
    {
        foreach (var comparison in Comparisons.Curated)
        {
            Assert.All(comparison.Codes, code => Assert.NotNull(SipStatusRegistry.Find(code)));
            Assert.All(comparison.Rules, id => Assert.Contains(Descriptors.All, d => d.Id == id));
            foreach (var text in Prose(comparison))
            {
                foreach (Match number in ThreeDigits().Matches(text))
                {
                    var code = int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture);
                    // A number in the prose is a registered code, or one the registry knows as not registered (303, 304).
                    Assert.True(SipStatusRegistry.Find(code) != null || SipStatusRegistry.UnregisteredOrigin(code) != null,
                        $"{comparison.Slug} names {code}, which is neither registered nor a known unregistered code");
                }
            }
        }
    }

    [Fact]
    public void Curated_pages_cite_only_checked_rfc_sections()
    {
        var definingSections = SipStatusRegistry.All
            .Where(i => i.Section.Length > 0)
            .Select(i => (i.Rfc.Replace("RFC ", string.Empty, StringComparison.Ordinal), i.Section))
            .ToHashSet();
        var unchecked_ = Comparisons.Curated
            .SelectMany(c => Prose(c).SelectMany(RfcLinks.Citations).Select(citation => (c.Slug, citation)))
            .Where(x => !CheckedCitations.Contains(x.citation) && !definingSections.Contains(x.citation))
            .Select(x => $"{x.Slug}: RFC {x.citation.Rfc} section {x.citation.Section}")
            .ToList();
        Assert.True(unchecked_.Count == 0, "Unchecked citations:\n" + string.Join("\n", unchecked_));
    }

    /// <summary>
    /// Every comparison page, curated or rendered from facts, has the explainer's sections in order: a summary; per code
    /// Description, When you see it, How to resolve; Key differences with its table; When to use which; Learn more.
    /// </summary>
    [Fact]
    public void Every_comparison_page_has_the_explainer_sections_in_order()
    {
        foreach (var comparison in DocsRenderer.AllComparisons())
        {
            var page = File.ReadAllText(Path.Combine(Root, "docs", "compare", comparison.Slug + ".md"));
            var expected = new List<string> { "# SIP " };
            foreach (var code in comparison.Codes)
            {
                expected.AddRange(new[] { "## " + SipStatusRegistry.Find(code)!.Title + "\n", "**Description.** ", "**When you see it.** ", "**How to resolve.** " });
            }

            expected.AddRange(new[] { "## Key differences\n", "| Class |", "| Meaning |", "| Final? |", "| The client next |", "| Retry |", "\n1. ",
                "## When to use which\n", "## Learn more\n" });
            var at = 0;
            foreach (var marker in expected)
            {
                var next = page.IndexOf(marker, at, StringComparison.Ordinal);
                Assert.True(next >= 0, $"{comparison.Slug}: '{marker.Trim()}' missing or out of order");
                at = next + marker.Length;
            }
        }
    }

    [Fact]
    public void The_class_facts_cite_only_checked_rfc_sections()
    {
        var texts = Enum.GetValues<SipStatusClass>().SelectMany(c => new[] { ClassFacts.Finality(c), ClassFacts.NextStep(c) });
        var unchecked_ = texts.SelectMany(RfcLinks.Citations).Where(c => !CheckedCitations.Contains(c)).ToList();
        Assert.True(unchecked_.Count == 0, "Unchecked citations: " + string.Join(", ", unchecked_));
    }

    [Fact]
    public void Citations_become_links_to_the_cited_section()
    {
        Assert.Equal(
            "[RFC 3261 section 21.4.24](https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24) and [section 16.7](https://www.rfc-editor.org/rfc/rfc3261#section-16.7) step 5",
            RfcLinks.Linkify("RFC 3261 section 21.4.24 and section 16.7 step 5"));
        Assert.Equal(
            "[RFC 8197](https://www.rfc-editor.org/rfc/rfc8197); RFC 3261 sections [8.1.3.2](https://www.rfc-editor.org/rfc/rfc3261#section-8.1.3.2) and [21.2](https://www.rfc-editor.org/rfc/rfc3261#section-21.2).",
            RfcLinks.Linkify("RFC 8197; RFC 3261 sections 8.1.3.2 and 21.2."));
        Assert.Equal(
            new[] { ("4320", "4.1"), ("4320", "4.2") },
            RfcLinks.Citations("(RFC 4320 section 4.1), and section 4.2").ToArray());
    }

    private static IEnumerable<string> Prose(Comparison comparison)
        => comparison.Differences.Append(comparison.Summary).Concat(comparison.WhenToUse.Select(w => w.Use));

    [GeneratedRegex(@"(?<![\d.])[1-7]\d\d(?!\d)(?!\.\d)")]
    private static partial Regex ThreeDigits();
}
