using Microsoft.CodeAnalysis;
using SipAnalyzers.Diagnostics;

namespace SipAnalyzers.Rules
{
    /// <summary>SIP9002: a <c>sip_analyzers.*</c> value cannot be read (no kind prefix, a parameter on a non-method, a status enum that is not an enum). Reported by <see cref="ConfigurationAnalyzer"/>.</summary>
    internal static class SIP9002_MalformedConfiguration
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.MalformedConfiguration,
            title: SipResources.Title(DiagnosticIds.MalformedConfiguration),
            messageFormat: SipResources.Message(DiagnosticIds.MalformedConfiguration),
            category: DiagnosticIds.ConfigurationCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.MalformedConfiguration),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.MalformedConfiguration),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>A key that is no option, with the nearest one.</summary>
        public static readonly DiagnosticDescriptor UnknownKey = Descriptor.Variant(SipResources.Message(DiagnosticIds.MalformedConfiguration, nameof(UnknownKey)));

        /// <summary>A key that is no option and near none.</summary>
        public static readonly DiagnosticDescriptor UnknownKeyNoNearest = Descriptor.Variant(SipResources.Message(DiagnosticIds.MalformedConfiguration, nameof(UnknownKeyNoNearest)));
    }
}
