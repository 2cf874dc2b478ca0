using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.Generator;
using SipAnalyzers.Registry;
using Xunit;

namespace SipAnalyzers.HoverTests;

/// <summary>
/// What a developer sees on hover: Roslyn's own Quick Info service, in a workspace whose project runs the package's
/// source generator as an IDE does (the generated types are source-generated documents, not pasted text).
/// </summary>
public class QuickInfoTests
{
    [Fact]
    public async Task Every_generated_status_member_shows_the_registry_texts_on_hover()
    {
        var usages = string.Join("\n", SipStatusRegistry.All.Select(i => $"        _ = SipStatusCode.{i.MemberName};"));
        var source = "using Sip;\n\nclass Dialer\n{\n    void Use()\n    {\n" + usages + "\n    }\n}\n";
        var document = CreateDocument(source);
        var service = QuickInfoService.GetService(document)!;

        foreach (var info in SipStatusRegistry.All)
        {
            var position = source.IndexOf("SipStatusCode." + info.MemberName + ";", StringComparison.Ordinal) + "SipStatusCode.".Length + 1;
            var quickInfo = await service.GetQuickInfoAsync(document, position);
            Assert.NotNull(quickInfo);
            var description = Section(quickInfo!, QuickInfoSectionKinds.Description);
            var summary = Section(quickInfo!, QuickInfoSectionKinds.DocumentationComments);
            var remarks = Section(quickInfo!, QuickInfoSectionKinds.RemarksDocumentationComments);

            Assert.Contains($"SipStatusCode.{info.MemberName} = {info.Code}", description, StringComparison.Ordinal);
            Assert.StartsWith($"{info.Title} ({info.ClassText}), {info.Citation}.", summary, StringComparison.Ordinal);
            Assert.Contains(info.Meaning, remarks, StringComparison.Ordinal);
            Assert.Contains("When you see it: " + info.WhenYouSeeIt, remarks, StringComparison.Ordinal);
            Assert.Contains("How to resolve: " + info.HowToResolve, remarks, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("is_global = true\nsip_analyzers.documentation_language = fr\n", null)]
    [InlineData("[*.cs]\nsip_analyzers.documentation_language = fr\n", "/src/.editorconfig")]
    [InlineData("is_global = true\nbuild_property.SipAnalyzersDocumentationLanguage = fr-FR\n", null)]
    public async Task With_the_French_option_every_member_shows_the_French_texts_on_hover(string config, string? configPath)
    {
        var usages = string.Join("\n", SipStatusRegistry.All.Select(i => $"        _ = SipStatusCode.{i.MemberName};"));
        var source = "using Sip;\n\nclass Dialer\n{\n    void Use()\n    {\n" + usages + "\n    }\n}\n";
        var document = CreateDocument(source, config, configPath ?? "/src/.globalconfig");
        var service = QuickInfoService.GetService(document)!;

        foreach (var info in SipStatusRegistry.All)
        {
            var french = Registry.French.SipStatusRegistryFr.Find(info.Code)!;
            var position = source.IndexOf("SipStatusCode." + info.MemberName + ";", StringComparison.Ordinal) + "SipStatusCode.".Length + 1;
            var quickInfo = await service.GetQuickInfoAsync(document, position);
            Assert.NotNull(quickInfo);
            var summary = Section(quickInfo!, QuickInfoSectionKinds.DocumentationComments);
            var remarks = Section(quickInfo!, QuickInfoSectionKinds.RemarksDocumentationComments);

            // The code and the RFC's reason phrase stay as the RFC writes them, beside the French explanation.
            Assert.StartsWith($"{info.Title} ({info.ClassText}), {info.Rfc}", summary, StringComparison.Ordinal);
            Assert.Contains(french.Meaning, remarks, StringComparison.Ordinal);
            Assert.Contains("Quand vous le voyez : " + french.WhenYouSeeIt, remarks, StringComparison.Ordinal);
            Assert.Contains("Comment résoudre : " + french.HowToResolve, remarks, StringComparison.Ordinal);
            Assert.DoesNotContain("When you see it", remarks, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_class_predicates_explain_their_range_on_hover()
    {
        const string source = "using Sip;\n\nclass Dialer\n{\n    bool Stop(int code) => SipStatus.IsGlobalFailure(code);\n}\n";
        var document = CreateDocument(source);
        var quickInfo = await QuickInfoService.GetService(document)!.GetQuickInfoAsync(document, source.IndexOf("IsGlobalFailure", StringComparison.Ordinal) + 2);

        Assert.NotNull(quickInfo);
        var summary = Section(quickInfo!, QuickInfoSectionKinds.DocumentationComments);
        Assert.Contains("600 to 699", summary, StringComparison.Ordinal);
    }

    private static string Section(QuickInfoItem item, string kind)
        => item.Sections.FirstOrDefault(s => s.Kind == kind)?.Text ?? string.Empty;

    private static Document CreateDocument(string source, string? config = null, string? configPath = null)
    {
        var workspace = new AdhocWorkspace(MefHostServices.Create(MefHostServices.DefaultAssemblies));
        var project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(), VersionStamp.Default, "Dialer", "Dialer", LanguageNames.CSharp,
                compilationOptions: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                metadataReferences: Net80.References.All)
            .WithAnalyzerReferences(new[] { new GeneratorReference() }));
        var document = workspace.AddDocument(DocumentInfo.Create(DocumentId.CreateNewId(project.Id), "Dialer.cs",
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(source), VersionStamp.Default)), filePath: "/src/Dialer.cs"));
        if (config == null)
        {
            return document;
        }

        var solution = document.Project.Solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(project.Id), Path.GetFileName(configPath!),
            SourceText.From(config), filePath: configPath);
        return solution.GetDocument(document.Id)!;
    }

    /// <summary>The package's generator as an analyzer reference, the way the IDE loads it from the package.</summary>
    private sealed class GeneratorReference : AnalyzerReference
    {
        public override string? FullPath => null;

        public override object Id => nameof(GeneratorReference);

        public override string Display => "SipAnalyzers";

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => ImmutableArray<DiagnosticAnalyzer>.Empty;

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language)
            => ImmutableArray.Create(new SipTypesGenerator().AsSourceGenerator());
    }
}
