using Microsoft.CodeAnalysis;
using SipAnalyzers.Diagnostics;

namespace SipAnalyzers.Rules
{
    /// <summary>SIP9001: a <c>sip_analyzers.*</c> value names nothing in the compilation, so the option silently does nothing. Reported by <see cref="ConfigurationAnalyzer"/>.</summary>
    internal static class SIP9001_UnresolvedConfiguration
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.UnresolvedConfiguration,
            title: SipResources.Title(DiagnosticIds.UnresolvedConfiguration),
            messageFormat: SipResources.Message(DiagnosticIds.UnresolvedConfiguration),
            category: DiagnosticIds.ConfigurationCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.UnresolvedConfiguration),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnresolvedConfiguration),
            customTags: WellKnownDiagnosticTags.CompilationEnd);
    }
}
