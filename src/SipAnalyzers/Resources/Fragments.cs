namespace SipAnalyzers.Diagnostics
{
    /// <summary>
    /// The pieces that diagnostics put into their message formats, each a <c>Fragment_*</c> resource with its translations:
    /// what retries, and where the statuses that reach it come from.
    /// </summary>
    internal static class Fragments
    {
        // What retries (the start of SIP2001, SIP2004, SIP2005 and SIP2006 messages).
        public static LocalizedText ContinueSendsAgain => Text(nameof(ContinueSendsAgain));

        public static LocalizedText ContinueRegistersAgain => Text(nameof(ContinueRegistersAgain));

        public static LocalizedText ContinueMovesOn => Text(nameof(ContinueMovesOn));

        public static LocalizedText GotoSendsAgain => Text(nameof(GotoSendsAgain));

        public static LocalizedText PolicyRetries => Text(nameof(PolicyRetries));

        public static LocalizedText LoopCallsAgain(string method) => Text(nameof(LoopCallsAgain), method);

        public static LocalizedText CallSendsAgain(string method) => Text(nameof(CallSendsAgain), method);

        public static LocalizedText Retries => Text(nameof(Retries));

        /// <summary>"{retry} ({evidence})".</summary>
        public static LocalizedText WithEvidence(object retry, object evidence) => Text(nameof(WithEvidence), retry, evidence);

        // Where the statuses come from when the code does not test them itself.
        public static LocalizedText RaisedOnTemporaryFailures(string stackEvent) => Text(nameof(RaisedOnTemporaryFailures), stackEvent);

        public static LocalizedText RaisedOnEveryFailure(string stackEvent) => Text(nameof(RaisedOnEveryFailure), stackEvent);

        public static LocalizedText LoopDropsResponse(string method) => Text(nameof(LoopDropsResponse), method);

        public static LocalizedText HelperSwallowsResponse(string method) => Text(nameof(HelperSwallowsResponse), method);

        public static LocalizedText CatchOfStatusException(string exception) => Text(nameof(CatchOfStatusException), exception);

        public static LocalizedText CatchTestsStatus => Text(nameof(CatchTestsStatus));

        public static LocalizedText SetOnlyAfterSuccess(string member) => Text(nameof(SetOnlyAfterSuccess), member);

        /// <summary>"any 6xx (600, 603, 604, 606, 607, 608)".</summary>
        public static LocalizedText AnyGlobalFailure(string codes) => Text(nameof(AnyGlobalFailure), codes);

        private static LocalizedText Text(string name, params object[] arguments) => new LocalizedText("Fragment_" + name, arguments);
    }
}
