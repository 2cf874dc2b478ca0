using Microsoft.CodeAnalysis;

namespace SipAnalyzers.Diagnostics
{
    /// <summary>Every diagnostic descriptor of the package; docs, presets and the README table are derived from these.</summary>
    internal static class Descriptors
    {
        public static readonly DiagnosticDescriptor RawStatusCode = new DiagnosticDescriptor(
            DiagnosticIds.RawStatusCode,
            title: "Use a named SIP status code instead of a raw integer",
            messageFormat: "{0}: {1}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A raw integer is used where the code expects a SIP response status code. You see it on comparisons, "
                + "case labels, patterns, arguments, assignments, returns and casts whose other side is a SIP status (a status enum, "
                + "a stack's StatusCode member, a parameter or property named like one on a SIP type). Replace the number with the "
                + "named enum member the fix offers: the stack's own enum where it has a correct member, else the generated "
                + "Sip.SipStatusCode; hovering the member then shows the code's meaning, class and RFC section. Codes that look "
                + "alike mean opposite things: 486 Busy Here is local (RFC 3261 section 21.4.24), 600 Busy Everywhere is global (section 21.6.1).",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RawStatusCode));

        public static readonly DiagnosticDescriptor RawStatusRange = new DiagnosticDescriptor(
            DiagnosticIds.RawStatusRange,
            title: "Use a status class check instead of a raw range",
            messageFormat: "'{0}' tests {1}: use {2}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A SIP status is compared against class boundaries (>= 200 && < 300, code / 100 == 6, is >= 600 and <= 699). "
                + "You see it where a response is classified. The fix replaces the range with the Sip.SipStatus predicate that says the "
                + "same thing by name (IsProvisional, IsSuccess, IsRedirection, IsRequestFailure, IsServerFailure, IsGlobalFailure, "
                + "IsFinal, IsFailure; RFC 3261 section 7.2) and cannot be off by one; it keeps the result for every status from 100 to 699.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RawStatusRange));

        public static readonly DiagnosticDescriptor WrongClassBounds = new DiagnosticDescriptor(
            DiagnosticIds.WrongClassBounds,
            title: "Status class range has wrong bounds",
            messageFormat: "'{0}' {1}: {2}",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A range over a SIP status almost matches a class but misses or adds codes at its edge (< 299 drops 299, "
                + "<= 300 adds 300, <= 204 stops at the codes known today, < 600 as a validity check drops the 6xx class). "
                + "You see it where responses are classified by hand. RFC 3261 section 8.1.3.2 requires a client to treat an unknown final code as the x00 of its class, so a class "
                + "check must cover x00 to x99. The fix widens the range to the full class.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.WrongClassBounds));

        public static readonly DiagnosticDescriptor[] All = { RawStatusCode, RawStatusRange, WrongClassBounds };
    }
}
