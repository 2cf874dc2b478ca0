namespace SipAnalyzers.Registry
{
    /// <summary>How an HTTP status code relates to the SIP code with the same number (SIP1005).</summary>
    internal enum HttpSipRelation
    {
        /// <summary>SIP registers the number with the same meaning (404 Not Found, 503 Service Unavailable): a safe rename.</summary>
        SameMeaning,

        /// <summary>SIP registers the number with another meaning (HTTP 422 Unprocessable Entity, SIP 422 Session Interval Too Small).</summary>
        OtherMeaning,

        /// <summary>SIP does not register the number (409, 418, 303, 304, 451).</summary>
        NotInSip,
    }

    internal static class HttpStatusMeaning
    {
        // SIP took these numbers from HTTP/1.1 (RFC 3261 section 21) and kept their meaning. 100 (HTTP Continue, SIP
        // Trying) and 204 (No Content, No Notification) share a number but not a meaning.
        private static readonly int[] Shared =
        {
            200, 202, 300, 301, 302, 305, 400, 401, 402, 403, 404, 405, 406, 407, 408, 410, 412, 413, 414, 415,
            500, 501, 502, 503, 504, 505,
        };

        public static HttpSipRelation Relate(int code)
        {
            if (System.Array.IndexOf(Shared, code) >= 0)
            {
                return HttpSipRelation.SameMeaning;
            }

            return SipStatusRegistry.IsRegistered(code) ? HttpSipRelation.OtherMeaning : HttpSipRelation.NotInSip;
        }
    }
}
