using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Generator;
using SipAnalyzers.Rules;
using SipAnalyzers.Testing;

namespace SipAnalyzers.Tests.Infrastructure;

[Flags]
internal enum Stack
{
    None = 0,
    SipSorcery = 1,
    Pjsua2 = 2,
    All = SipSorcery | Pjsua2,
}

/// <summary>
/// A test that runs every SipAnalyzers analyzer and fix together (so one rule's silence is checked by the others),
/// with the generated Sip types added as a generated file and the chosen stack stubs.
/// </summary>
internal sealed class SipTest : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
{
    public static readonly Type[] AnalyzerTypes = { typeof(SipAnalyzer), typeof(ConfigurationAnalyzer) };

    public SipTest(string source, Stack stacks = Stack.All, bool generatedTypes = true, string? editorConfig = null)
    {
        TestCode = source;
        TestReferences.UseNet80(TestState, this);
        LanguageVersion = LanguageVersion.CSharp12;
        MarkupOptions = MarkupOptions.UseFirstDescriptor; // a rule may have one descriptor per message (same ID)
        AddSupport(TestState, stacks, generatedTypes, editorConfig);
    }

    public LanguageVersion LanguageVersion { get; set; }

    public static void AddSupport(SolutionState state, Stack stacks, bool generatedTypes, string? editorConfig)
    {
        if (generatedTypes)
        {
            state.Sources.Add(("/0/" + SipTypesGenerator.HintName, SipTypesSource.Text));
        }

        if (stacks.HasFlag(Stack.SipSorcery))
        {
            state.AdditionalReferences.Add(StackReferences.SipSorcery);
        }

        if (stacks.HasFlag(Stack.Pjsua2))
        {
            state.AdditionalReferences.Add(StackReferences.Pjsua2);
        }

        if (editorConfig != null)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\n" + editorConfig));
        }
    }

    /// <summary>Adds the fixed code; the support files (generated types) and configuration are carried over unchanged.</summary>
    public SipTest WithFix(string fixedSource, string? equivalenceKey = null)
    {
        FixedCode = fixedSource;
        CodeActionEquivalenceKey = equivalenceKey;
        foreach (var source in TestState.Sources.Skip(1))
        {
            FixedState.Sources.Add(source);
        }

        foreach (var config in TestState.AnalyzerConfigFiles)
        {
            FixedState.AnalyzerConfigFiles.Add(config);
        }

        return this;
    }

    protected override CompilationOptions CreateCompilationOptions()
        => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Disable);

    protected override ParseOptions CreateParseOptions()
        => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
        => AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders()
        => new CodeFixProvider[]
        {
            new SIP1001_RawStatusCodeFixer(), new SIP1002_StatusClassCheckFixer(), new SIP2003_ClassBoundsFixer(), new SIP1004_EnumMemberFixer(), new SIP1005_HttpStatusFixer(),
            new SIP2001_GlobalFailureGuardFixer(), new SIP2009_SendOkFixer(), new SIP2011_RejectWithBusyHereFixer(), new SIP2010_ReasonPhraseFixer(),
        };

    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => VerifyAsync(source, Stack.All, expected);

    public static Task VerifyAsync(string source, Stack stacks, params DiagnosticResult[] expected)
    {
        var test = new SipTest(source, stacks);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyFixAsync(string source, string fixedSource, string? equivalenceKey = null, Stack stacks = Stack.All)
        => new SipTest(source, stacks).WithFix(fixedSource, equivalenceKey).RunAsync();

    /// <summary>An expected diagnostic of <paramref name="id"/> at its descriptor's default severity.</summary>
    public static DiagnosticResult Diagnostic(string id)
        => new DiagnosticResult(id, Descriptors.All.Single(d => d.Id == id).DefaultSeverity);
}

internal static class SipDiagnosticResults
{
    /// <summary>SIP1001's whole message: the code as the registry describes it ("486 (Busy Here, 4xx Request Failure)") and the advice.</summary>
    public static DiagnosticResult WithCodeAndAdvice(this DiagnosticResult result, string code, string advice)
        => result.WithMessage(code + ": " + advice);
}
