using Microsoft.CodeAnalysis;
using SipAnalyzers.Diagnostics;
using System.Collections.Generic;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2006: a retry after 423 without Min-Expires (RFC 3261 section 10.2.8), after 422 without Min-SE or a larger
    /// Session-Expires (RFC 4028 section 6), or after 491 without a random delay (RFC 3261 section 14.1).
    /// </summary>
    internal static class SIP2006_IntervalOrGlareRetry
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.IntervalOrGlareRetry,
            title: SipResources.Title(DiagnosticIds.IntervalOrGlareRetry),
            messageFormat: SipResources.Message(DiagnosticIds.IntervalOrGlareRetry),
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.IntervalOrGlareRetry),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.IntervalOrGlareRetry));

        /// <summary>422 retried without Min-SE.</summary>
        public static readonly DiagnosticDescriptor SessionInterval = Descriptor.Variant(SipResources.Message(DiagnosticIds.IntervalOrGlareRetry, nameof(SessionInterval)));

        /// <summary>491 retried on a fixed delay.</summary>
        public static readonly DiagnosticDescriptor Glare = Descriptor.Variant(SipResources.Message(DiagnosticIds.IntervalOrGlareRetry, nameof(Glare)));

        /// <summary>One finding per code retried without what its response asks for.</summary>
        public static IEnumerable<Diagnostic> Check(RetryContext retry)
        {
            if (!retry.OnlyRequestFailures)
            {
                yield break; // "anything but 200" loops are SIP2001/SIP2005's; this rule is about code that handles these
            }

            var facts = retry.Facts;
            if (retry.Codes.Contains(423) && !facts.ReadsMinExpires)
            {
                yield return Diagnostic.Create(Descriptor, retry.Location, retry.Retry);
            }

            if (retry.Codes.Contains(422) && !facts.ReadsMinSessionExpires)
            {
                yield return Diagnostic.Create(SessionInterval, retry.Location, retry.Retry);
            }

            if (retry.Codes.Contains(491) && !facts.UsesRandom)
            {
                yield return Diagnostic.Create(Glare, retry.Location, retry.Retry);
            }
        }
    }
}
