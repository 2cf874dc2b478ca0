using Microsoft.CodeAnalysis.CodeFixes;
using SipAnalyzers.Diagnostics;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>A rule is found by its ID: one rule file per descriptor, and one fixer file per fixable ID, both named by it.</summary>
public class RuleLayoutTests
{
    private static readonly string Root = SipAnalyzers.DocGen.DocsRenderer.FindRepositoryRoot(AppContext.BaseDirectory);

    [Fact]
    public void Every_rule_has_exactly_one_file_named_by_its_id()
    {
        var files = Directory.GetFiles(Path.Combine(Root, "src", "SipAnalyzers", "Rules"), "SIP*.cs", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        foreach (var descriptor in Descriptors.All)
        {
            Assert.Single(files, f => f!.StartsWith(descriptor.Id + "_", StringComparison.Ordinal));
        }

        Assert.Equal(Descriptors.All.Length, files.Count);
    }

    [Fact]
    public void Every_fixable_rule_has_exactly_one_fixer_named_by_its_id()
    {
        var fixers = typeof(SipAnalyzers.CodeFixes.SipCodeFixProvider).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!).ToList();
        foreach (var fixer in fixers)
        {
            var id = Assert.Single(fixer.FixableDiagnosticIds);
            Assert.StartsWith(id + "_", fixer.GetType().Name, StringComparison.Ordinal);
        }

        var fixable = fixers.SelectMany(f => f.FixableDiagnosticIds).ToList();
        Assert.Equal(fixable.Distinct().Count(), fixable.Count);
    }
}
