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
            title: "422/423 retried without a larger interval, or 491 without random back-off",
            messageFormat: "{0} after 423 Interval Too Brief with the same Expires: use the registrar's Min-Expires (RFC 3261 section 10.2.8)",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A loop retries after 423 Interval Too Brief without reading Min-Expires, after 422 Session Interval Too "
                + "Small without reading Min-SE (or raising Session-Expires), or after 491 Request Pending with no random "
                + "delay. You see it in REGISTER, SUBSCRIBE and re-INVITE code. The same interval gets the same 423 or 422 "
                + "again (RFC 3261 section 10.2.8, RFC 4028 section 6), and two sides retrying a glare on the same timer "
                + "collide again (RFC 3261 section 14.1: 2.1 to 4 s or 0 to 2 s, chosen at random). To fix it, use the "
                + "interval the response asks for, or wait a random time.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.IntervalOrGlareRetry));

        /// <summary>422 retried without Min-SE.</summary>
        public static readonly DiagnosticDescriptor SessionInterval = Descriptor.Variant(
            "{0} after 422 Session Interval Too Small with the same Session-Expires: use at least Min-SE (RFC 4028 section 6)");

        /// <summary>491 retried on a fixed delay.</summary>
        public static readonly DiagnosticDescriptor Glare = Descriptor.Variant(
            "{0} after 491 Request Pending on a fixed delay: wait a random 2.1 to 4 s (Call-ID owner) or 0 to 2 s (RFC 3261 section 14.1)");

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
