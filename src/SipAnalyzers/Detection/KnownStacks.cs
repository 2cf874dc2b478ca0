namespace SipAnalyzers.Detection
{
    /// <summary>
    /// The main C# SIP stacks' status types and int-typed status members that name heuristics would miss.
    /// Enum-typed members need no entry: their type makes them status slots.
    /// </summary>
    internal static class KnownStacks
    {
        public const string SipSorceryStatusEnum = "SIPSorcery.SIP.SIPResponseStatusCodesEnum";
        public const string SipSorceryResponse = "SIPSorcery.SIP.SIPResponse";
        public const string PjsipStatusEnum = "pjsua2.pjsip_status_code";
        public const string LumiSoftResponse = "LumiSoft.Net.SIP.Stack.SIP_Response";

        /// <summary>Referenced assemblies whose presence means the compilation does SIP.</summary>
        public static readonly string[] MarkerAssemblies = { "SIPSorcery", "pjsua2", "LumiSoft.Net" };

        /// <summary>(type metadata name, member name, the stack's status enum for the fix) for int status members.</summary>
        public static readonly (string Type, string Member, string? Enum)[] IntStatusMembers =
        {
            (SipSorceryResponse, "StatusCode", SipSorceryStatusEnum),
            (LumiSoftResponse, "StatusCode", null),
            ("pjsua2.CallOpParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.CallInfo", "lastStatusCode", PjsipStatusEnum),
            ("pjsua2.OnRegStateParam", "code", PjsipStatusEnum),
            ("pjsua2.OnIncomingSubscribeParam", "code", PjsipStatusEnum),
            ("pjsua2.OnInstantMessageStatusParam", "code", PjsipStatusEnum),
            ("pjsua2.OnCallTransferStatusParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.OnCallTransferRequestParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.OnCallReplaceRequestParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.OnCallRxOfferParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.OnCallRxReinviteParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.AccountInfo", "regStatus", PjsipStatusEnum),
            ("pjsua2.BuddyInfo", "subTermCode", PjsipStatusEnum),
        };
    }
}
