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
            title: SipResources.Title(DiagnosticIds.RelayedServiceUnavailable),
            messageFormat: SipResources.Message(DiagnosticIds.RelayedServiceUnavailable),
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.RelayedServiceUnavailable),
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
