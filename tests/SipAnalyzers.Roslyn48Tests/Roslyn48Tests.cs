using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Generator;
using SipAnalyzers.Rules;
using SipAnalyzers.Testing;
using Xunit;

namespace SipAnalyzers.Roslyn48Tests;

/// <summary>The package on Roslyn 4.8, the oldest compiler it supports (Visual Studio 2022 17.8, .NET 8 SDK).</summary>
public class Roslyn48Tests
{
    [Fact]
    public void These_tests_run_on_Roslyn_4_8()
        => Assert.Equal(new Version(4, 8, 0, 0), typeof(Compilation).Assembly.GetName().Version);

    [Fact]
    public void The_generator_runs_and_its_types_compile_without_warnings()
    {
        var compilation = CSharpCompilation.Create("App",
            new[] { CSharpSyntaxTree.ParseText("class C { bool M(int code) => Sip.SipStatus.IsGlobalFailure(code) || code == (int)Sip.SipStatusCode.Decline; }") },
            Test.SdkReferences, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new SipTypesGenerator());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public Task Raw_status_codes_are_reported_and_fixed()
        => new Test("""
            using SIPSorcery.SIP;
            class Dialer
            {
                bool Busy(SIPResponse resp) => resp.StatusCode == {|SIP1001:486|};
                SIPResponse Reject(SIPRequest req) => SIPResponse.GetResponse(req, (SIPResponseStatusCodesEnum){|SIP1001:603|}, null);
            }
            """, """
            using SIPSorcery.SIP;
            class Dialer
            {
                bool Busy(SIPResponse resp) => resp.StatusCode == (int)SIPResponseStatusCodesEnum.BusyHere;
                SIPResponse Reject(SIPRequest req) => SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Decline, null);
            }
            """).RunAsync();

    [Fact]
    public Task Ranges_become_class_checks()
        => new Test("""
            using SIPSorcery.SIP;
            class Dialer
            {
                bool Answered(SIPResponse resp) => {|SIP1002:resp.StatusCode >= 200 && resp.StatusCode < 300|};
                bool Almost(SIPResponse resp) => {|SIP2003:resp.StatusCode >= 200 && resp.StatusCode < 299|};
            }
            """, """
            using Sip;
            using SIPSorcery.SIP;
            class Dialer
            {
                bool Answered(SIPResponse resp) => SipStatus.IsSuccess(resp.StatusCode);
                bool Almost(SIPResponse resp) => SipStatus.IsSuccess(resp.StatusCode);
            }
            """, fixAllIterations: 2).RunAsync(); // two fixers (SIP1002, SIP2003): Fix All runs once for each

    [Fact]
    public Task A_failover_after_a_6xx_is_reported_and_guarded()
        => new Test("""
            using System.Collections.Generic;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;
            class Failover
            {
                async System.Threading.Tasks.Task Dial(SIPUserAgent ua, List<string> gateways, SIPResponse last)
                {
                    foreach (var gateway in gateways)
                    {
                        var ok = await ua.Call(gateway, null, null, null);
                        if (!Sip.SipStatus.IsSuccess(last.StatusCode))
                        {
                            {|SIP2001:continue;|}
                        }

                        return;
                    }
                }
            }
            """, """
            using System.Collections.Generic;
            using Sip;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;
            class Failover
            {
                async System.Threading.Tasks.Task Dial(SIPUserAgent ua, List<string> gateways, SIPResponse last)
                {
                    foreach (var gateway in gateways)
                    {
                        var ok = await ua.Call(gateway, null, null, null);
                        if (!Sip.SipStatus.IsSuccess(last.StatusCode))
                        {
                            if (SipStatus.IsGlobalFailure(last.StatusCode))
                                break;
                            continue;
                        }

                        return;
                    }
                }
            }
            """).RunAsync();

    /// <summary>All analyzers and fixes, the SIPSorcery stub compiled, the generated types as a source, the SDK's reference pack.</summary>
    private sealed class Test : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
    {
        public static readonly ImmutableArray<MetadataReference> SdkReferences = LoadSdkReferences();

        /// <summary>The SIPSorcery stub as a referenced assembly, as users see the real one.</summary>
        private static readonly Lazy<MetadataReference> SipSorcery = new(() =>
        {
            var compilation = CSharpCompilation.Create("SIPSorcery", new[] { CSharpSyntaxTree.ParseText(StackStubs.SipSorcery) }, SdkReferences,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return MetadataReference.CreateFromImage(stream.ToArray());
        });

        public Test(string source, string fixedSource, int fixAllIterations = 1)
        {
            TestCode = source;
            FixedCode = fixedSource;
            NumberOfFixAllIterations = fixAllIterations;
            NumberOfFixAllInDocumentIterations = fixAllIterations;
            NumberOfFixAllInProjectIterations = fixAllIterations;
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            MarkupOptions = MarkupOptions.UseFirstDescriptor; // a rule may have one descriptor per message (same ID)
            foreach (var state in new[] { TestState, FixedState })
            {
                state.AdditionalReferences.AddRange(SdkReferences);
                state.AdditionalReferences.Add(SipSorcery.Value);
                state.Sources.Add(("/0/" + SipTypesGenerator.HintName, SipTypesSource.Text));
            }
        }

        protected override CompilationOptions CreateCompilationOptions()
            => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Disable);

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => new DiagnosticAnalyzer[]
        {
            new SipAnalyzer(), new ConfigurationAnalyzer(),
        };

        protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => new CodeFixProvider[]
        {
            new SIP1001_RawStatusCodeFixer(), new SIP1002_StatusClassCheckFixer(), new SIP2003_ClassBoundsFixer(), new SIP1004_EnumMemberFixer(), new SIP1005_HttpStatusFixer(),
            new SIP2001_GlobalFailureGuardFixer(), new SIP2009_SendOkFixer(), new SIP2011_RejectWithBusyHereFixer(), new SIP2010_ReasonPhraseFixer(),
        };

        /// <summary>The running SDK's targeting pack for net10.0: no package is downloaded at test time.</summary>
        private static ImmutableArray<MetadataReference> LoadSdkReferences()
        {
            var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
            var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
            var version = Directory.GetDirectories(packs).Select(Path.GetFileName).Where(v => v!.StartsWith(Environment.Version.ToString(2), StringComparison.Ordinal))
                .OrderBy(v => Version.TryParse(v, out var parsed) ? parsed : new Version()).Last()!;
            return Directory.GetFiles(Path.Combine(packs, version, "ref", "net10.0"), "*.dll")
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
        }
    }
}
