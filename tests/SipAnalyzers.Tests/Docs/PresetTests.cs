using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SipAnalyzers.DocGen;
using SipAnalyzers.Diagnostics;
using Xunit;

namespace SipAnalyzers.Tests.Docs;

/// <summary>The SipAnalyzersMode presets shipped in the package: every rule, at the severity its mode promises.</summary>
public partial class PresetTests
{
    private static readonly string Root = DocsRenderer.FindRepositoryRoot(AppContext.BaseDirectory);

    [Theory]
    [InlineData("default")]
    [InlineData("recommended")]
    [InlineData("strict")]
    [InlineData("suggestions")]
    [InlineData("none")]
    public void Each_preset_sets_every_rule_as_its_mode_says(string mode)
    {
        var text = File.ReadAllText(Path.Combine(Root, Presets.PathFor(mode)));
        Assert.Contains("is_global = true", text, StringComparison.Ordinal);
        var severities = Setting().Matches(text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(Descriptors.All.Select(d => d.Id).Order(), severities.Keys.Order());
        foreach (var descriptor in Descriptors.All)
        {
            var expected = mode switch
            {
                "strict" => "error",
                "suggestions" => "suggestion",
                "none" => "none",
                "recommended" when descriptor.DefaultSeverity == DiagnosticSeverity.Info => "warning",
                _ => descriptor.DefaultSeverity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "suggestion",
                },
            };
            Assert.Equal(expected, severities[descriptor.Id]);
        }
    }

    [Fact]
    public void The_package_targets_know_every_mode()
    {
        var targets = File.ReadAllText(Path.Combine(Root, "src", "SipAnalyzers.Package", "build", "SipAnalyzers.targets"));
        Assert.All(Presets.Modes, m => Assert.Contains(m.Mode, targets, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?m)^dotnet_diagnostic\.(SIP\d{4})\.severity = (\w+)$")]
    private static partial Regex Setting();
}
