using Microsoft.CodeAnalysis;
using SipAnalyzers.Diagnostics;
using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2004: a 401/407 loop with no bound (RFC 3261 section 22.1: rejected credentials must not be retried), or a
    /// request re-sent unchanged to the same target after a 4xx that does not change by itself (section 21.4).
    /// </summary>
    internal static class SIP2004_UnboundedOrUnchangedRetry
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.UnboundedOrUnchangedRetry,
            title: SipResources.Title(DiagnosticIds.UnboundedOrUnchangedRetry),
            messageFormat: SipResources.Message(DiagnosticIds.UnboundedOrUnchangedRetry),
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.UnboundedOrUnchangedRetry),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnboundedOrUnchangedRetry));

        /// <summary>The same request re-sent after a 4xx that does not change by itself.</summary>
        public static readonly DiagnosticDescriptor Unchanged = Descriptor.Variant(SipResources.Message(DiagnosticIds.UnboundedOrUnchangedRetry, nameof(Unchanged)));

        /// <summary>The 4xx that do not change by themselves (RFC 3261 section 21.4): the same request gets the same answer.</summary>
        public static readonly int[] NonRetryable = { 400, 403, 404, 405, 410, 414, 481, 485, 487, 488 };

        public static Diagnostic? Check(RetryContext retry)
        {
            var facts = retry.Facts;
            if (!retry.OnlyRequestFailures)
            {
                return NamedAmongOthers(retry) ?? EndlessRegistration(retry);
            }

            if (retry.Codes.Any(c => c == 401 || c == 407))
            {
                // A counter, a flag, a bounded loop, or new credentials each round make it finite.
                if (!retry.Site.IsUnbounded || retry.Counted || facts.AsksForCredentials)
                {
                    return null;
                }

                return Diagnostic.Create(Descriptor, retry.Location, retry.Retry, RetryContext.Titles(retry.Codes.Where(c => c == 401 || c == 407)));
            }

            var blocked = retry.Codes.Where(c => NonRetryable.Contains(c) && !(c == 404 && facts.ReadsRetryAfter)).ToList();
            if (blocked.Count != retry.Codes.Count || retry.Site.RequestChanges(retry.Point))
            {
                return null;
            }

            return Diagnostic.Create(Unchanged, retry.Location, retry.Retry, RetryContext.Titles(blocked));
        }

        /// <summary>
        /// A registration that goes round until it succeeds, with no bound: every registrar that authenticates answers 401
        /// or 407 first, so with a wrong password each round ends in a rejected digest and the next round sends it again,
        /// forever. Only where the code lets 401/407 through (it does not stop on them) and counts nothing.
        /// </summary>
        private static Diagnostic? EndlessRegistration(RetryContext retry)
        {
            var challenges = retry.Codes.Where(c => c == 401 || c == 407).ToList();
            if (!retry.Registers || challenges.Count == 0 || !retry.Site.IsUnbounded || retry.Counted || retry.Facts.AsksForCredentials)
            {
                return null;
            }

            return Diagnostic.Create(Descriptor, retry.Location, retry.Retry, RetryContext.Titles(challenges));
        }

        /// <summary>
        /// A retry that any failure reaches ("re-register on failure") is judged for the non-retryable 4xx the code itself
        /// names on the way (<c>if (resp.Status is Forbidden) { ... }</c> that then falls through to the re-send): the code
        /// knows it got that answer and still sends the same request. Unnamed codes among "any failure" are not claimed,
        /// except in a registration's handler of a stack event documented to deliver every failure (SIPSorcery's
        /// RegistrationFailed): there the stack, not a guess, says that 403 and 404 get in.
        /// </summary>
        /// <summary>
        /// Not claimed from a failure event alone: 481 does not answer a new registration, and a 487 follows the
        /// application's own CANCEL.
        /// </summary>
        private static readonly int[] NotClaimedUnnamed = { 481, 487 };

        private static Diagnostic? NamedAmongOthers(RetryContext retry)
        {
            var named = retry.Facts.NamedStatuses;
            // Only a registration is surely the same request again (the agent restarts with the same account); a call-failed
            // handler may dial a backup destination, which a 404 from the first one does not condemn.
            var delivered = retry.Site.Evidence != null && retry.Registers;
            var blocked = retry.Codes
                .Where(c => NonRetryable.Contains(c) && (named.Contains(c) || delivered && !NotClaimedUnnamed.Contains(c)) && !(c == 404 && retry.Facts.ReadsRetryAfter))
                .ToList();
            if (blocked.Count == 0 || retry.Site.RequestChanges(retry.Point))
            {
                return null;
            }

            return Diagnostic.Create(Unchanged, retry.Location, retry.Retry, RetryContext.Titles(blocked));
        }
    }
}
