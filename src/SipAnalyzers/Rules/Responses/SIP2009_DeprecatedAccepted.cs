using Microsoft.CodeAnalysis;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2009: 202 Accepted sent to SUBSCRIBE or REFER (RFC 6665 section 8.3.1; RFC 7647). Only responses being built:
    /// a received 202 compared in client code is correct. Fix: 200 OK, in the same enum. Called by <see cref="ResponseRules"/>.
    /// </summary>
    internal static class SIP2009_DeprecatedAccepted
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.DeprecatedAccepted,
            title: SipResources.Title(DiagnosticIds.DeprecatedAccepted),
            messageFormat: SipResources.Message(DiagnosticIds.DeprecatedAccepted),
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.DeprecatedAccepted),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DeprecatedAccepted));

        public static Diagnostic? Check(SipCompilationContext sip, ResponseSite site, ISymbol containing)
        {
            if (site.Code != 202)
            {
                return null;
            }

            var methods = RequestMethods.At(site.Call);
            object? method = methods.IsOnly("SUBSCRIBE", "REFER") ? methods.Single ?? (object)Fragments.SubscribeOrRefer
                : methods.IsAny && ResponseRules.NameSaying(containing, "subscribe") != null ? "SUBSCRIBE"
                : methods.IsAny && ResponseRules.NameSaying(containing, "refer") != null ? "REFER"
                : null;
            if (method == null)
            {
                return null;
            }

            return StatusReplacement.Diagnostic(sip, SIP2009_DeprecatedAccepted.Descriptor, site.Status, site.ReportAt, 200, method);
        }
    }
}
