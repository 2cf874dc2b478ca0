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
            // Its namespace; auto-provisioned applications need no "sip:" URI in their code.
            SourceWords = new[] { "microsoft.rtc" },
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
                new CodeNote(605, "a Microsoft UCMA vendor code (DeclineAll); portable code uses 603, 607 or 608"),
            },
        };
    }
}
