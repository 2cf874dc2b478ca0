using Microsoft.CodeAnalysis;
using SipAnalyzers.Diagnostics;

namespace SipAnalyzers.Rules
{
    /// <summary>SIP9001: a <c>sip_analyzers.*</c> value names nothing in the compilation, so the option silently does nothing. Reported by <see cref="ConfigurationAnalyzer"/>.</summary>
    internal static class SIP9001_UnresolvedConfiguration
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.UnresolvedConfiguration,
            title: "A sip_analyzers option names nothing in this compilation",
            messageFormat: "{0} = {1} matches no {2} in this compilation ({3}); check the spelling and the documentation-comment ID",
            category: DiagnosticIds.ConfigurationCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A sip_analyzers.status_enum, status_symbols, excluded_symbols or send_methods value in .editorconfig or a "
                + "global config names a type, member, parameter or namespace that the compilation does not contain, so the option "
                + "silently does nothing. You see it once per project, after a rename or a typo. Fix the value: the documentation-comment "
                + "ID the C# compiler writes to XML docs (T:, M:, P:, F:, E:, with the full parameter list for methods).",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnresolvedConfiguration),
            customTags: WellKnownDiagnosticTags.CompilationEnd);
    }
}
