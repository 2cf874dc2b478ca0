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
            title: "Deprecated 202 sent to SUBSCRIBE or REFER",
            messageFormat: "202 Accepted answers {0} here; it is deprecated for SUBSCRIBE and REFER (RFC 6665 section 8.3.1, RFC 7647): send 200 OK",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A response with 202 Accepted is built for a SUBSCRIBE or REFER request: on a path where the method was tested, "
                + "or in a handler named for them (OnSubscribe, HandleRefer). You see it in notifiers and transfer handlers written "
                + "against RFC 3265 or RFC 3515. RFC 6665 section 8.3.1 removed 202 for SUBSCRIBE and RFC 7647 did the same for REFER; "
                + "receivers treat 202 as 200 (RFC 3261 section 21.2 defines the 2xx class). The fix sends 200 OK. A 202 that client "
                + "code compares with is correct and stays silent.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DeprecatedAccepted));

        public static Diagnostic? Check(SipCompilationContext sip, ResponseSite site, ISymbol containing)
        {
            if (site.Code != 202)
            {
                return null;
            }

            var methods = RequestMethods.At(site.Call);
            string? method = methods.IsOnly("SUBSCRIBE", "REFER") ? methods.Single ?? "SUBSCRIBE or REFER"
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
