namespace SipAnalyzers.Stacks
{
    /// <summary>
    /// pjsua2, pjproject's C++ API as SWIG generates it for C# (namespace <c>pjsua2</c>). Its status members are typed
    /// <c>pjsip_status_code</c> (the SWIG mapping of the C enum), its user agent reports through callbacks the application
    /// overrides (<c>Call.onCallState</c>, <c>Account.onRegState</c>), and a call is answered, rejected or hung up with a
    /// <c>CallOpParam</c> whose <c>statusCode</c> is the status sent.
    /// </summary>
    internal static class Pjsua2Profile
    {
        public const string StatusEnum = "pjsua2.pjsip_status_code";
        private const string Call = "pjsua2.Call";
        private const string Account = "pjsua2.Account";

        public static readonly StackProfile Profile = new StackProfile
        {
            Name = "pjsua2",
            MarkerAssemblies = new[] { "pjsua2" },
            SourceWords = new[] { "pjsua", "pjsua2", "pjsip" },
            StatusEnums = new[]
            {
                new StatusEnumProfile { MetadataName = StatusEnum, MemberPrefixes = new[] { "PJSIP_SC_", "PJSIP_AC_" }, Members = MemberNames() },
            },
            StatusMembers = new[]
            {
                new StatusMemberProfile("pjsua2.CallOpParam", "statusCode", StatusEnum),
                new StatusMemberProfile("pjsua2.CallInfo", "lastStatusCode", StatusEnum),
                new StatusMemberProfile("pjsua2.OnRegStateParam", "code", StatusEnum),
                new StatusMemberProfile("pjsua2.OnIncomingSubscribeParam", "code", StatusEnum),
                new StatusMemberProfile("pjsua2.OnInstantMessageStatusParam", "code", StatusEnum),
                new StatusMemberProfile("pjsua2.OnCallTransferStatusParam", "statusCode", StatusEnum),
                new StatusMemberProfile("pjsua2.OnCallTransferRequestParam", "statusCode", StatusEnum),
                new StatusMemberProfile("pjsua2.OnCallReplaceRequestParam", "statusCode", StatusEnum),
                new StatusMemberProfile("pjsua2.OnCallRxOfferParam", "statusCode", StatusEnum),
                new StatusMemberProfile("pjsua2.OnCallRxReinviteParam", "statusCode", StatusEnum),
                new StatusMemberProfile("pjsua2.AccountInfo", "regStatus", StatusEnum),
                new StatusMemberProfile("pjsua2.BuddyInfo", "subTermCode", StatusEnum),
                // Plain int in the C++ API, so in C# too.
                new StatusMemberProfile("pjsua2.SipTransaction", "statusCode", StatusEnum),
                new StatusMemberProfile("pjsua2.SendResponseParam", "code", StatusEnum),
                new StatusMemberProfile("pjsua2.OnRejectedIncomingCallParam", "statusCode", StatusEnum),
                new StatusMemberProfile("pjsua2.RegProgressParam", "code", StatusEnum),
            },
            Methods = new[]
            {
                new MethodProfile(Call, "answer", MethodRole.Respond, "prm", "statusCode"),
                new MethodProfile(Call, "hangup", MethodRole.Reject, "prm", "statusCode"),
                new MethodProfile(Call, "makeCall", MethodRole.Dial),
                new MethodProfile(Account, "setRegistration", MethodRole.Register),
                new MethodProfile(Account, "sendResponse", MethodRole.Respond, "prm", "code"),
            },
            Events = new[]
            {
                // Every state change of the call: EARLY carries the 1xx that caused it, DISCONNECTED the final status.
                new EventProfile(Call, "onCallState", ResponseDelivery.EveryResponse, isOverride: true),
                // The outcome of each REGISTER transaction: final responses (and local failures reported as 408 or 503).
                new EventProfile(Account, "onRegState", ResponseDelivery.FinalOnly, isOverride: true),
                // Every state change of every transaction of the call (SipTransaction.statusCode), provisionals included.
                new EventProfile(Call, "onCallTsxState", ResponseDelivery.EveryResponse, isOverride: true),
                // A transfer's progress: first 100 Accepted, then each NOTIFY's sipfrag status; finalNotify marks the last.
                new EventProfile(Call, "onCallTransferStatus", ResponseDelivery.EveryResponse, isOverride: true),
            },
            UnregisteredCodes = new[] { new CodeNote(490, "pjsip's Request Updated, never registered", "le Request Updated de pjsip, jamais enregistré") },
            LocalCodes = new[] { new LocalCodeRange(700, 799, "pjsip's 7xx are local errors that must never go on the wire",
                "les 7xx de pjsip sont des erreurs locales qui ne doivent jamais partir sur le réseau") },
            Notes = new[]
            {
                new CodeNote(437, "pjsip (`PJSIP_SC_UNSUPPORTED_CERTIFICATE`) still uses the RFC 4474 name.",
                    "pjsip (`PJSIP_SC_UNSUPPORTED_CERTIFICATE`) utilise encore le nom de la RFC 4474."),
                new CodeNote(485, "pjsip spells this member `PJSIP_AC_AMBIGUOUS` (AC, not SC).",
                    "pjsip écrit ce membre `PJSIP_AC_AMBIGUOUS` (AC, et non SC)."),
                new CodeNote(408, "pjsip also defines `PJSIP_SC_TSX_TIMEOUT` with this value: a local transaction timeout reported as 408 (RFC 3261 section 8.1.3.1).",
                    "pjsip définit aussi `PJSIP_SC_TSX_TIMEOUT` avec cette valeur : l'expiration locale d'une transaction, signalée comme un 408 (RFC 3261, section 8.1.3.1)."),
                new CodeNote(503, "pjsip also defines `PJSIP_SC_TSX_TRANSPORT_ERROR` with this value: a local transport failure reported as 503 (RFC 3261 section 8.1.3.1).",
                    "pjsip définit aussi `PJSIP_SC_TSX_TRANSPORT_ERROR` avec cette valeur : une panne de transport locale, signalée comme un 503 (RFC 3261, section 8.1.3.1)."),
            },
        };

        /// <summary>The member of <c>pjsip_status_code</c> that names each registered code, where it has one.</summary>
        private static System.Collections.Generic.Dictionary<int, string> MemberNames() => new System.Collections.Generic.Dictionary<int, string>
        {
            [100] = "PJSIP_SC_TRYING",
            [180] = "PJSIP_SC_RINGING",
            [181] = "PJSIP_SC_CALL_BEING_FORWARDED",
            [182] = "PJSIP_SC_QUEUED",
            [183] = "PJSIP_SC_PROGRESS",
            [200] = "PJSIP_SC_OK",
            [202] = "PJSIP_SC_ACCEPTED",
            [204] = "PJSIP_SC_NO_NOTIFICATION",
            [300] = "PJSIP_SC_MULTIPLE_CHOICES",
            [301] = "PJSIP_SC_MOVED_PERMANENTLY",
            [302] = "PJSIP_SC_MOVED_TEMPORARILY",
            [305] = "PJSIP_SC_USE_PROXY",
            [380] = "PJSIP_SC_ALTERNATIVE_SERVICE",
            [400] = "PJSIP_SC_BAD_REQUEST",
            [401] = "PJSIP_SC_UNAUTHORIZED",
            [402] = "PJSIP_SC_PAYMENT_REQUIRED",
            [403] = "PJSIP_SC_FORBIDDEN",
            [404] = "PJSIP_SC_NOT_FOUND",
            [405] = "PJSIP_SC_METHOD_NOT_ALLOWED",
            [406] = "PJSIP_SC_NOT_ACCEPTABLE",
            [407] = "PJSIP_SC_PROXY_AUTHENTICATION_REQUIRED",
            [408] = "PJSIP_SC_REQUEST_TIMEOUT",
            [410] = "PJSIP_SC_GONE",
            [412] = "PJSIP_SC_CONDITIONAL_REQUEST_FAILED",
            [413] = "PJSIP_SC_REQUEST_ENTITY_TOO_LARGE",
            [414] = "PJSIP_SC_REQUEST_URI_TOO_LONG",
            [415] = "PJSIP_SC_UNSUPPORTED_MEDIA_TYPE",
            [416] = "PJSIP_SC_UNSUPPORTED_URI_SCHEME",
            [417] = "PJSIP_SC_UNKNOWN_RESOURCE_PRIORITY",
            [420] = "PJSIP_SC_BAD_EXTENSION",
            [421] = "PJSIP_SC_EXTENSION_REQUIRED",
            [422] = "PJSIP_SC_SESSION_TIMER_TOO_SMALL",
            [423] = "PJSIP_SC_INTERVAL_TOO_BRIEF",
            [424] = "PJSIP_SC_BAD_LOCATION_INFORMATION",
            [428] = "PJSIP_SC_USE_IDENTITY_HEADER",
            [429] = "PJSIP_SC_PROVIDE_REFERRER_HEADER",
            [430] = "PJSIP_SC_FLOW_FAILED",
            [433] = "PJSIP_SC_ANONIMITY_DISALLOWED",
            [436] = "PJSIP_SC_BAD_IDENTITY_INFO",
            [437] = "PJSIP_SC_UNSUPPORTED_CERTIFICATE",
            [438] = "PJSIP_SC_INVALID_IDENTITY_HEADER",
            [439] = "PJSIP_SC_FIRST_HOP_LACKS_OUTBOUND_SUPPORT",
            [440] = "PJSIP_SC_MAX_BREADTH_EXCEEDED",
            [469] = "PJSIP_SC_BAD_INFO_PACKAGE",
            [470] = "PJSIP_SC_CONSENT_NEEDED",
            [480] = "PJSIP_SC_TEMPORARILY_UNAVAILABLE",
            [481] = "PJSIP_SC_CALL_TSX_DOES_NOT_EXIST",
            [482] = "PJSIP_SC_LOOP_DETECTED",
            [483] = "PJSIP_SC_TOO_MANY_HOPS",
            [484] = "PJSIP_SC_ADDRESS_INCOMPLETE",
            [485] = "PJSIP_AC_AMBIGUOUS",
            [486] = "PJSIP_SC_BUSY_HERE",
            [487] = "PJSIP_SC_REQUEST_TERMINATED",
            [488] = "PJSIP_SC_NOT_ACCEPTABLE_HERE",
            [489] = "PJSIP_SC_BAD_EVENT",
            [491] = "PJSIP_SC_REQUEST_PENDING",
            [493] = "PJSIP_SC_UNDECIPHERABLE",
            [494] = "PJSIP_SC_SECURITY_AGREEMENT_NEEDED",
            [500] = "PJSIP_SC_INTERNAL_SERVER_ERROR",
            [501] = "PJSIP_SC_NOT_IMPLEMENTED",
            [502] = "PJSIP_SC_BAD_GATEWAY",
            [503] = "PJSIP_SC_SERVICE_UNAVAILABLE",
            [504] = "PJSIP_SC_SERVER_TIMEOUT",
            [505] = "PJSIP_SC_VERSION_NOT_SUPPORTED",
            [513] = "PJSIP_SC_MESSAGE_TOO_LARGE",
            [555] = "PJSIP_SC_PUSH_NOTIFICATION_SERVICE_NOT_SUPPORTED",
            [580] = "PJSIP_SC_PRECONDITION_FAILURE",
            [600] = "PJSIP_SC_BUSY_EVERYWHERE",
            [603] = "PJSIP_SC_DECLINE",
            [604] = "PJSIP_SC_DOES_NOT_EXIST_ANYWHERE",
            [606] = "PJSIP_SC_NOT_ACCEPTABLE_ANYWHERE",
            [607] = "PJSIP_SC_UNWANTED",
            [608] = "PJSIP_SC_REJECTED",
        };
    }
}
