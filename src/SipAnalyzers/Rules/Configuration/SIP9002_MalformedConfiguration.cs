using Microsoft.CodeAnalysis;
using SipAnalyzers.Diagnostics;

namespace SipAnalyzers.Rules
{
    /// <summary>SIP9002: a <c>sip_analyzers.*</c> value cannot be read (no kind prefix, a parameter on a non-method, a status enum that is not an enum). Reported by <see cref="ConfigurationAnalyzer"/>.</summary>
    internal static class SIP9002_MalformedConfiguration
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.MalformedConfiguration,
            title: "A sip_analyzers option is unknown or its value malformed",
            messageFormat: "{0} = {1} is not valid ({2}): {3}",
            category: DiagnosticIds.ConfigurationCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A sip_analyzers key is not an option (a typo such as status_symbol for status_symbols), or its value cannot be read: an ID without its kind prefix (T:, M:, P:, F:, E:, N:), a "
                + "parameter ('#name') on something that is not a method, a send method that is not a method, or a status enum that "
                + "is not an enum. You see it once per project. Fix the value as the message says; see docs/configuration.md.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.MalformedConfiguration),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>A key that is no option, with the nearest one.</summary>
        public static readonly DiagnosticDescriptor UnknownKey = Descriptor.Variant("{0} is not a SipAnalyzers option ({1}): did you mean {2}?");

        /// <summary>A key that is no option and near none.</summary>
        public static readonly DiagnosticDescriptor UnknownKeyNoNearest = Descriptor.Variant("{0} is not a SipAnalyzers option ({1}): the options are {2}");
    }
}
