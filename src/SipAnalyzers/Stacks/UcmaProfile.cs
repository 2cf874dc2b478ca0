namespace SipAnalyzers.Stacks
{
    /// <summary>
    /// Microsoft Unified Communications Managed API (UCMA 4.0, Skype for Business and Lync bots). A failed operation's
    /// status is <c>ResponseData.ResponseCode</c> (int, on <c>FailureResponseException</c>); an incoming call is declined
    /// with <c>CallDeclineOptions.ResponseCode</c>. It has no status enum.
    /// </summary>
    internal static class UcmaProfile
    {
        private const string Collaboration = "Microsoft.Rtc.Collaboration.";
        private const string Signaling = "Microsoft.Rtc.Signaling.";

        public static readonly StackProfile Profile = new StackProfile
        {
            Name = "UCMA",
            MarkerAssemblies = new[] { "Microsoft.Rtc.Collaboration" },
            // No word of its own: UCMA code names its endpoints and callees with "sip:" URIs, which the scan finds, and a
            // word for its namespace ("microsoft.rtc") would make the scan of every project 25 % slower.
            StatusMembers = new[]
            {
                new StatusMemberProfile(Signaling + "ResponseData", "ResponseCode"),
                new StatusMemberProfile(Collaboration + "CallDeclineOptions", "ResponseCode"),
            },
            Methods = new[]
            {
                new MethodProfile(Collaboration + "Call", "Decline", MethodRole.Reject, "options", "ResponseCode"),
            },
            UnregisteredCodes = new[]
            {
                new CodeNote(605, "a Microsoft UCMA vendor code (DeclineAll); portable code uses 603, 607 or 608",
                    "un code propriétaire de Microsoft UCMA (DeclineAll) ; un code portable utilise 603, 607 ou 608"),
            },
        };
    }
}
