using Microsoft.CodeAnalysis;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2009: 202 Accepted sent to SUBSCRIBE or REFER (RFC 6665 section 8.3.1; RFC 7647). Only responses being built:
    /// a received 202 compared in client code is correct. Fix: 200 OK, in the same enum. Called by <see cref="ResponseAnalyzer"/>.
    /// </summary>
    internal static class DeprecatedAcceptedRule
    {
        public static Diagnostic? Check(SipCompilationContext sip, ResponseSite site, ISymbol containing)
        {
            if (site.Code != 202)
            {
                return null;
            }

            var methods = RequestMethods.At(site.Call);
            string? method = methods.IsOnly("SUBSCRIBE", "REFER") ? methods.Single ?? "SUBSCRIBE or REFER"
                : methods.IsAny && ResponseAnalyzer.NameSaying(containing, "subscribe") != null ? "SUBSCRIBE"
                : methods.IsAny && ResponseAnalyzer.NameSaying(containing, "refer") != null ? "REFER"
                : null;
            if (method == null)
            {
                return null;
            }

            return StatusReplacement.Diagnostic(sip, Descriptors.DeprecatedAccepted, site.Status, site.ReportAt, 200, method);
        }
    }
}
