using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2012: a response built with a status copied from a downstream response, on a path where 503 can still reach
    /// it (RFC 3261 section 16.7 step 6: a proxy turns a 503 it would forward into 500). Called by <see cref="ResponseRules"/>.
    /// </summary>
    internal static class SIP2012_RelayedServiceUnavailable
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.RelayedServiceUnavailable,
            title: "A downstream 503 relayed upstream",
            messageFormat: "'{0}' passes a downstream 503 Service Unavailable upstream as is: a proxy sends 500 instead (RFC 3261 section 16.7 step 6), or upstream elements take a healthy server out of rotation",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A response built for the upstream side copies its status from a downstream response (downstream.Status, "
                + "resp.StatusCode) on a path where 503 is not excluded. You see it in proxies and B2BUAs that relay the best "
                + "downstream answer. RFC 3261 section 16.7 step 6: a proxy should not forward a 503 upstream unless every further "
                + "request would also get 503, and converts it into 500; otherwise clients and upstream proxies apply Retry-After "
                + "to this server (section 21.5.4) and fail over away from it. Fix it by mapping 503 to 500 before relaying.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RelayedServiceUnavailable));

        public static Diagnostic? Check(SipCompilationContext sip, IInvocationOperation call)
        {
            if (ResponseSite.CopiedStatus(sip, call) is not { } status || !PathStatuses.At(sip, call, status).Contains(503))
            {
                return null;
            }

            return Diagnostic.Create(SIP2012_RelayedServiceUnavailable.Descriptor, status.Syntax.GetLocation(), status.Syntax.ToString());
        }
    }
}
