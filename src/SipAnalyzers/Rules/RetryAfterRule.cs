using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2005: a re-send to the same target after 404, 413, 480, 486, 500 or 503 on a constant delay (or none),
    /// reading no Retry-After (RFC 3261 sections 20.33 and 21.5.4). Another server, contact or gateway is legitimate.
    /// </summary>
    internal static class RetryAfterRule
    {
        private static readonly int[] HonoursRetryAfter = { 404, 413, 480, 486, 500, 503 };

        public static string? Check(RetryContext retry)
        {
            // A retry that a 6xx also reaches is SIP2001's first: once guarded, this rule judges what is left.
            var facts = retry.Facts;
            var codes = retry.Codes.Where(c => HonoursRetryAfter.Contains(c)).ToList();
            if (codes.Count == 0 || retry.Codes.Any(c => c >= 600) || facts.ReadsRetryAfter || facts.HasComputedDelay
                || retry.Site.RequestChanges(retry.Point))
            {
                return null;
            }

            return retry.Retry + " to the same target after " + RetryContext.Titles(codes)
                + " without reading Retry-After (RFC 3261 sections 20.33 and 21.5.4); wait as long as it says, or try another server";
        }
    }
}
