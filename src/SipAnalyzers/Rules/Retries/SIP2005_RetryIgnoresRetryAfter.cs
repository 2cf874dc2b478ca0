using Microsoft.CodeAnalysis;
using SipAnalyzers.Diagnostics;
using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2005: a re-send to the same target after 404, 413, 480, 486, 500 or 503 on a constant delay (or none),
    /// reading no Retry-After (RFC 3261 sections 20.33 and 21.5.4). Another server, contact or gateway is legitimate.
    /// </summary>
    internal static class SIP2005_RetryIgnoresRetryAfter
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.RetryIgnoresRetryAfter,
            title: SipResources.Title(DiagnosticIds.RetryIgnoresRetryAfter),
            messageFormat: SipResources.Message(DiagnosticIds.RetryIgnoresRetryAfter),
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.RetryIgnoresRetryAfter),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RetryIgnoresRetryAfter));

        private static readonly int[] HonoursRetryAfter = { 404, 413, 480, 486, 500, 503 };

        /// <param name="reportedBySip2004">SIP2004 reports the same retry: a 404 it covers as an unchanged retry is not listed again.</param>
        public static Diagnostic? Check(RetryContext retry, bool reportedBySip2004)
        {
            // A retry that a 6xx also reaches is SIP2001's first: once guarded, this rule judges what is left.
            // A few attempts on a growing back-off are polite; a back-off that never ends still ignores what the server
            // said, attempt after attempt. A delay computed from the response may read its Retry-After in a helper.
            var facts = retry.Facts;
            var codes = retry.Codes.Where(c => HonoursRetryAfter.Contains(c) && !(c == 404 && reportedBySip2004)).ToList();
            var politeBackOff = facts.HasComputedDelay && (!retry.Site.IsUnbounded || retry.Counted);
            if (codes.Count == 0 || retry.Codes.Any(c => c >= 600) || facts.ReadsRetryAfter || facts.DelayFollowsResponse || politeBackOff
                || retry.Site.RequestChanges(retry.Point))
            {
                return null;
            }

            return Diagnostic.Create(Descriptor, retry.Location, retry.Retry, RetryContext.Titles(codes));
        }
    }
}
