using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SipAnalyzers.Testing;

/// <summary>
/// The stack stubs compiled into assemblies named like the real packages (SIPSorcery, pjsua2, LumiSoft.Net, UCMA), so tests and the
/// benchmark see them as users do: referenced metadata, not source. Compiled once per process.
/// </summary>
public static class StackReferences
{
    private static readonly Lazy<MetadataReference> SipSorceryReference = new(() => Compile("SIPSorcery", StackStubs.SipSorcery));
    private static readonly Lazy<MetadataReference> Pjsua2Reference = new(() => Compile("pjsua2", StackStubs.Pjsua2));
    private static readonly Lazy<MetadataReference> LumiSoftReference = new(() => Compile("LumiSoft.Net", StackStubs.LumiSoft));
    private static readonly Lazy<MetadataReference> UcmaReference = new(() => Compile("Microsoft.Rtc.Collaboration", StackStubs.Ucma));

    public static MetadataReference SipSorcery => SipSorceryReference.Value;

    public static MetadataReference Pjsua2 => Pjsua2Reference.Value;

    public static MetadataReference LumiSoft => LumiSoftReference.Value;

    public static MetadataReference Ucma => UcmaReference.Value;

    /// <summary>Each stub by its profile's name (<c>StackProfile.Name</c>), for the conformance tests.</summary>
    public static MetadataReference ForProfile(string profileName) => profileName switch
    {
        "SIPSorcery" => SipSorcery,
        "pjsua2" => Pjsua2,
        "LumiSoft" => LumiSoft,
        "UCMA" => Ucma,
        _ => throw new ArgumentException("no stub for the stack profile " + profileName + ": add one to StackStubs"),
    };

    private static MetadataReference Compile(string assemblyName, string source)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12)) },
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(assemblyName + " stub does not compile: "
                + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(stream.ToArray().ToImmutableArray());
    }
}
