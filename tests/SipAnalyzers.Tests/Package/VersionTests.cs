using System.Reflection;
using System.Text.RegularExpressions;
using SipAnalyzers.DocGen;
using Xunit;

namespace SipAnalyzers.Tests.Package;

/// <summary>
/// The analyzer assemblies carry the package's version (assembly and file version), so an IDE that loaded one version
/// of the analyzers loads the next after an update instead of keeping the old one.
/// </summary>
public class VersionTests
{
    [Fact]
    public void The_analyzer_assemblies_carry_the_package_version()
    {
        var root = DocsRenderer.FindRepositoryRoot(AppContext.BaseDirectory);
        var props = File.ReadAllText(Path.Combine(root, "src", "Directory.Build.props"));
        var prefix = Regex.Match(props, "<VersionPrefix>([0-9.]+)</VersionPrefix>").Groups[1].Value;
        var expected = new Version(prefix + ".0");
        foreach (var assembly in new[] { typeof(SipAnalyzers.Rules.SipAnalyzer).Assembly, typeof(SipAnalyzers.CodeFixes.SipCodeFixProvider).Assembly })
        {
            Assert.Equal(expected, assembly.GetName().Version);
            Assert.Equal(expected.ToString(), assembly.GetCustomAttribute<AssemblyFileVersionAttribute>()!.Version);
        }
    }

    /// <summary>Help and docs links come from one MSBuild property (SipAnalyzersDocsUrl), compiled into the assembly.</summary>
    [Fact]
    public void Help_links_come_from_the_docs_url_property()
    {
        var metadata = typeof(SipAnalyzers.Rules.SipAnalyzer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "SipAnalyzersDocsUrl").Value!;
        Assert.Equal(metadata.TrimEnd('/') + "/", SipAnalyzers.Diagnostics.DiagnosticIds.DocsUrl);
        Assert.Equal(SipAnalyzers.Diagnostics.DiagnosticIds.DocsUrl + "rules/SIP1001.md", SipAnalyzers.Diagnostics.DiagnosticIds.HelpLink("SIP1001"));
    }
}
