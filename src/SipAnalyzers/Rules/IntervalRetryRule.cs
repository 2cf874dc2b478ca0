using System.Collections.Generic;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2006: a retry after 423 without Min-Expires (RFC 3261 section 10.2.8), after 422 without Min-SE or a larger
    /// Session-Expires (RFC 4028 section 6), or after 491 without a random delay (RFC 3261 section 14.1).
    /// </summary>
    internal static class IntervalRetryRule
    {
        public static string? Check(RetryContext retry)
        {
            if (!retry.OnlyRequestFailures)
            {
                return null; // "anything but 200" loops are SIP2001/SIP2005's; this rule is about code that handles these
            }

            var facts = retry.Facts;
            var problems = new List<string>();
            if (retry.Codes.Contains(423) && !facts.ReadsMinExpires)
            {
                problems.Add("after 423 Interval Too Brief with the same Expires: use the registrar's Min-Expires (RFC 3261 section 10.2.8)");
            }

            if (retry.Codes.Contains(422) && !facts.ReadsMinSessionExpires)
            {
                problems.Add("after 422 Session Interval Too Small with the same Session-Expires: use at least Min-SE (RFC 4028 section 6)");
            }

            if (retry.Codes.Contains(491) && !facts.UsesRandom)
            {
                problems.Add("after 491 Request Pending on a fixed delay: wait a random 2.1 to 4 s (Call-ID owner) or 0 to 2 s (RFC 3261 section 14.1)");
            }

            return problems.Count == 0 ? null : retry.Retry + " " + string.Join("; ", problems);
        }
    }
}
