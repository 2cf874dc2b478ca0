namespace SipAnalyzers.Stacks
{
    /// <summary>
    /// SIPSorcery (NuGet <c>SIPSorcery</c>): the most used C# SIP stack. Its responses carry the status twice, as
    /// <c>SIPResponse.Status</c> (the enum) and <c>SIPResponse.StatusCode</c> (int); its user agents raise one event per
    /// outcome (trying, ringing, answered, failed), and its transactions separate provisional from final responses.
    /// </summary>
    internal static class SipSorceryProfile
    {
        public const string StatusEnum = "SIPSorcery.SIP.SIPResponseStatusCodesEnum";
        private const string Response = "SIPSorcery.SIP.SIPResponse";
        private const string UserAgent = "SIPSorcery.SIP.App.SIPUserAgent";
        private const string ServerUserAgent = "SIPSorcery.SIP.App.SIPServerUserAgent";
        private const string ClientUserAgent = "SIPSorcery.SIP.App.SIPClientUserAgent";
        private const string RegistrationUserAgent = "SIPSorcery.SIP.App.SIPRegistrationUserAgent";

        public static readonly StackProfile Profile = new StackProfile
        {
            Name = "SIPSorcery",
            MarkerAssemblies = new[] { "SIPSorcery" },
            SourceWords = new[] { "sipsorcery" },
            StatusEnums = new[]
            {
                new StatusEnumProfile { MetadataName = StatusEnum, Members = MemberNames() },
            },
            StatusMembers = new[]
            {
                new StatusMemberProfile(Response, "StatusCode", StatusEnum, enumTwin: "Status"),
                new StatusMemberProfile(Response, "Status", StatusEnum),
            },
            Methods = new[]
            {
                new MethodProfile(Response, "GetResponse", MethodRole.Respond),
                new MethodProfile(ServerUserAgent, "Reject", MethodRole.Reject),
                new MethodProfile(ServerUserAgent, "Progress", MethodRole.Respond),
                new MethodProfile(UserAgent, "Call", MethodRole.Dial),
                new MethodProfile(UserAgent, "InitiateCallAsync", MethodRole.Dial),
                new MethodProfile(ClientUserAgent, "Call", MethodRole.Dial),
                new MethodProfile(RegistrationUserAgent, "Start", MethodRole.Register),
            },
            Events = new[]
            {
                new EventProfile(UserAgent, "ClientCallTrying", ResponseDelivery.ProvisionalOnly),
                new EventProfile(UserAgent, "ClientCallRinging", ResponseDelivery.ProvisionalOnly),
                new EventProfile(UserAgent, "ClientCallAnswered", ResponseDelivery.SuccessOnly),
                new EventProfile(UserAgent, "ClientCallFailed", ResponseDelivery.FailuresOnly),
                new EventProfile(ClientUserAgent, "CallTrying", ResponseDelivery.ProvisionalOnly),
                new EventProfile(ClientUserAgent, "CallRinging", ResponseDelivery.ProvisionalOnly),
                new EventProfile(ClientUserAgent, "CallAnswered", ResponseDelivery.FinalOnly),
                new EventProfile(ClientUserAgent, "CallFailed", ResponseDelivery.FailuresOnly),
                new EventProfile(RegistrationUserAgent, "RegistrationFailed", ResponseDelivery.FailuresOnly, temporaryFailuresElsewhere: true),
                new EventProfile(RegistrationUserAgent, "RegistrationTemporaryFailure", ResponseDelivery.FailuresOnly),
                new EventProfile(RegistrationUserAgent, "RegistrationSuccessful", ResponseDelivery.SuccessOnly),
                new EventProfile("SIPSorcery.SIP.UACInviteTransaction", "UACInviteTransactionInformationResponseReceived", ResponseDelivery.ProvisionalOnly),
                new EventProfile("SIPSorcery.SIP.UACInviteTransaction", "UACInviteTransactionFinalResponseReceived", ResponseDelivery.FinalOnly),
                new EventProfile("SIPSorcery.SIP.SIPNonInviteTransaction", "NonInviteTransactionFinalResponseReceived", ResponseDelivery.FinalOnly),
                new EventProfile("SIPSorcery.SIP.SIPTransport", "SIPTransportResponseReceived", ResponseDelivery.EveryResponse),
            },
            Notes = new[]
            {
                new CodeNote(380, "SIPSorcery's `SIPResponseStatusCodesEnum.AlternativeService` is 304, not 380: do not use it. SipAnalyzers' fixes use `Sip.SipStatusCode.AlternativeService` instead.",
                    "Le membre `SIPResponseStatusCodesEnum.AlternativeService` de SIPSorcery vaut 304, et non 380 : ne pas l'utiliser. Les correctifs de SipAnalyzers utilisent `Sip.SipStatusCode.AlternativeService` à la place."),
                new CodeNote(437, "SIPSorcery (`UnsupportedCertificate`) still uses the RFC 4474 name.",
                    "SIPSorcery (`UnsupportedCertificate`) utilise encore le nom de la RFC 4474."),
            },
        };

        /// <summary>The member of <c>SIPResponseStatusCodesEnum</c> that names each registered code, where it has one.</summary>
        private static System.Collections.Generic.Dictionary<int, string> MemberNames() => new System.Collections.Generic.Dictionary<int, string>
        {
            [100] = "Trying",
            [180] = "Ringing",
            [181] = "CallIsBeingForwarded",
            [182] = "Queued",
            [183] = "SessionProgress",
            [200] = "Ok",
            [202] = "Accepted",
            [204] = "NoNotification",
            [300] = "MultipleChoices",
            [301] = "MovedPermanently",
            [302] = "MovedTemporarily",
            [305] = "UseProxy",
            [400] = "BadRequest",
            [401] = "Unauthorised",
            [402] = "PaymentRequired",
            [403] = "Forbidden",
            [404] = "NotFound",
            [405] = "MethodNotAllowed",
            [406] = "NotAcceptable",
            [407] = "ProxyAuthenticationRequired",
            [408] = "RequestTimeout",
            [410] = "Gone",
            [412] = "ConditionalRequestFailed",
            [413] = "RequestEntityTooLarge",
            [414] = "RequestURITooLong",
            [415] = "UnsupportedMediaType",
            [416] = "UnsupportedURIScheme",
            [417] = "UnknownResourcePriority",
            [420] = "BadExtension",
            [421] = "ExtensionRequired",
            [422] = "SessionIntervalTooSmall",
            [423] = "IntervalTooBrief",
            [428] = "UseIdentityHeader",
            [429] = "ProvideReferrerIdentity",
            [430] = "FlowFailed",
            [433] = "AnonymityDisallowed",
            [436] = "BadIdentityInfo",
            [437] = "UnsupportedCertificate",
            [438] = "InvalidIdentityHeader",
            [439] = "FirstHopLacksOutboundSupport",
            [440] = "MaxBreadthExceeded",
            [470] = "ConsentNeeded",
            [480] = "TemporarilyUnavailable",
            [481] = "CallLegTransactionDoesNotExist",
            [482] = "LoopDetected",
            [483] = "TooManyHops",
            [484] = "AddressIncomplete",
            [485] = "Ambiguous",
            [486] = "BusyHere",
            [487] = "RequestTerminated",
            [488] = "NotAcceptableHere",
            [489] = "BadEvent",
            [491] = "RequestPending",
            [493] = "Undecipherable",
            [500] = "InternalServerError",
            [501] = "NotImplemented",
            [502] = "BadGateway",
            [503] = "ServiceUnavailable",
            [504] = "ServerTimeout",
            [505] = "SIPVersionNotSupported",
            [513] = "MessageTooLarge",
            [580] = "PreconditionFailure",
            [600] = "BusyEverywhere",
            [603] = "Decline",
            [604] = "DoesNotExistAnywhere",
            [606] = "NotAcceptableAnywhere",
        };
    }
}
