using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2012: a response built with a status copied from a downstream response, on a path where 503 can still reach
    /// it (RFC 3261 section 16.7 step 6: a proxy turns a 503 it would forward into 500). Called by <see cref="ResponseAnalyzer"/>.
    /// </summary>
    internal static class RelayedServiceUnavailableRule
    {
        public static Diagnostic? Check(SipCompilationContext sip, IInvocationOperation call)
        {
            if (ResponseSite.CopiedStatus(sip, call) is not { } status || !PathStatuses.At(sip, call, status).Contains(503))
            {
                return null;
            }

            return Diagnostic.Create(Descriptors.RelayedServiceUnavailable, status.Syntax.GetLocation(), status.Syntax.ToString());
        }
    }
}
