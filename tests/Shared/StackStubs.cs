namespace SipAnalyzers.Testing;

/// <summary>
/// Small stand-ins shaped like the real stacks' public APIs (their packages are not available here), shared by the
/// tests and the benchmark corpus, which reference them compiled (<see cref="StackReferences"/>). Their enums keep
/// the real stacks' mistakes on purpose (SIPSorcery's AlternativeService = 304; pjsip's 409, 411 and 490) so SIP1004
/// is tested against them.
/// </summary>
public static class StackStubs
{
    public const string SipSorcery = """
        namespace SIPSorcery.SIP
        {
            using System;

            public enum SIPResponseStatusCodesEnum
            {
                None = 0,
                Trying = 100, Ringing = 180, CallIsBeingForwarded = 181, Queued = 182, SessionProgress = 183,
                Ok = 200, Accepted = 202, NoNotification = 204,
                MultipleChoices = 300, MovedPermanently = 301, MovedTemporarily = 302, AlternativeService = 304, UseProxy = 305,
                BadRequest = 400, Unauthorised = 401, PaymentRequired = 402, Forbidden = 403, NotFound = 404, MethodNotAllowed = 405,
                NotAcceptable = 406, ProxyAuthenticationRequired = 407, RequestTimeout = 408, Gone = 410, ConditionalRequestFailed = 412,
                RequestEntityTooLarge = 413, RequestURITooLong = 414, UnsupportedMediaType = 415, UnsupportedURIScheme = 416,
                UnknownResourcePriority = 417, BadExtension = 420, ExtensionRequired = 421, SessionIntervalTooSmall = 422,
                IntervalTooBrief = 423, UseIdentityHeader = 428, ProvideReferrerIdentity = 429, FlowFailed = 430, AnonymityDisallowed = 433,
                BadIdentityInfo = 436, UnsupportedCertificate = 437, InvalidIdentityHeader = 438, FirstHopLacksOutboundSupport = 439,
                MaxBreadthExceeded = 440, ConsentNeeded = 470, TemporarilyUnavailable = 480, CallLegTransactionDoesNotExist = 481,
                LoopDetected = 482, TooManyHops = 483, AddressIncomplete = 484, Ambiguous = 485, BusyHere = 486, RequestTerminated = 487,
                NotAcceptableHere = 488, BadEvent = 489, RequestPending = 491, Undecipherable = 493,
                InternalServerError = 500, NotImplemented = 501, BadGateway = 502, ServiceUnavailable = 503, ServerTimeout = 504,
                SIPVersionNotSupported = 505, MessageTooLarge = 513, PreconditionFailure = 580,
                BusyEverywhere = 600, Decline = 603, DoesNotExistAnywhere = 604, NotAcceptableAnywhere = 606,
            }

            public enum SIPMethodsEnum { NONE = 0, UNKNOWN = 1, REGISTER = 2, INVITE = 3, BYE = 4, ACK = 5, CANCEL = 6, OPTIONS = 7, INFO = 8, NOTIFY = 9, SUBSCRIBE = 10, PUBLISH = 11, REFER = 14, MESSAGE = 15 }

            public class SIPHeader
            {
                public int Expires { get; set; } = -1;
                public int MinExpires { get; set; }
                public int CSeq { get; set; }
                public int MaxForwards { get; set; } = 70;
            }

            public class SIPRequest
            {
                public SIPMethodsEnum Method { get; set; }
                public SIPHeader Header { get; set; } = new SIPHeader();
            }

            public class SIPResponse
            {
                public SIPResponse(SIPResponseStatusCodesEnum responseStatus, string reasonPhrase) { Status = responseStatus; ReasonPhrase = reasonPhrase; }
                public SIPResponseStatusCodesEnum Status { get; set; }
                public int StatusCode { get => (int)Status; set => Status = (SIPResponseStatusCodesEnum)value; }
                public string ReasonPhrase { get; set; }
                public SIPHeader Header { get; set; } = new SIPHeader();
                public static SIPResponse GetResponse(SIPRequest request, SIPResponseStatusCodesEnum status, string reasonPhrase) => new SIPResponse(status, reasonPhrase);
                public static SIPResponse ParseSIPResponse(string message) => null;
            }

            public static class SIPTimings { public static int T1 = 500; public static int T2 = 4000; public static int T6 = 64 * 500; }

            public static class SIPConstants { public const int DEFAULT_SIP_PORT = 5060; public const int DEFAULT_REGISTEREXPIRY_SECONDS = 600; public const int DEFAULT_MAX_FORWARDS = 70; }
        }

        namespace SIPSorcery.SIP.App
        {
            using System;
            using System.Threading.Tasks;

            public interface ISIPClientUserAgent { }

            public class SIPServerUserAgent
            {
                public void Reject(SIPResponseStatusCodesEnum failureStatus, string reasonPhrase, string[] customHeaders = null) { }
                public void Progress(SIPResponseStatusCodesEnum progressStatus, string reasonPhrase, string[] customHeaders, string progressContentType, string progressBody) { }
            }

            public class SIPUserAgent
            {
                public event Action<ISIPClientUserAgent, string, SIPResponse> ClientCallFailed;
                public event Action<ISIPClientUserAgent, SIPResponse> ClientCallAnswered;
                public event Action<ISIPClientUserAgent> ClientCallTrying;
                public event Action<ISIPClientUserAgent, SIPResponse> ClientCallRinging;
                public Task<bool> Call(string destination, string username, string password, object mediaSession) => Task.FromResult(true);
                public Task<bool> InitiateCallAsync(object descriptor, object mediaSession) => Task.FromResult(true);
                public SIPServerUserAgent AcceptCall(SIPRequest inviteRequest) => new SIPServerUserAgent();
                public void Hangup() { }
                internal void Raise(SIPResponse r) { ClientCallFailed?.Invoke(null, "", r); ClientCallAnswered?.Invoke(null, r); ClientCallTrying?.Invoke(null); ClientCallRinging?.Invoke(null, r); }
            }

            public class SIPClientUserAgent : ISIPClientUserAgent
            {
                public event Action<ISIPClientUserAgent, SIPResponse> CallTrying;
                public event Action<ISIPClientUserAgent, SIPResponse> CallRinging;
                public event Action<ISIPClientUserAgent, SIPResponse> CallAnswered;
                public event Action<ISIPClientUserAgent, string, SIPResponse> CallFailed;
                public SIPRequest Call(object descriptor) => null;
                internal void Raise(SIPResponse r) { CallTrying?.Invoke(this, r); CallRinging?.Invoke(this, r); CallAnswered?.Invoke(this, r); CallFailed?.Invoke(this, "", r); }
            }

            public class SIPRegistrationUserAgent
            {
                public event Action<object, SIPResponse, string> RegistrationFailed;
                public event Action<object, SIPResponse, string> RegistrationTemporaryFailure;
                public event Action<object, SIPResponse> RegistrationSuccessful;
                public void Start() { }
                internal void Raise(SIPResponse r) { RegistrationFailed?.Invoke(null, r, ""); RegistrationTemporaryFailure?.Invoke(null, r, ""); RegistrationSuccessful?.Invoke(null, r); }
            }
        }

        namespace SIPSorcery.SIP
        {
            using System;
            using System.Threading.Tasks;

            public class UACInviteTransaction
            {
                public event Func<object, object, SIPResponse, Task<SocketError>> UACInviteTransactionInformationResponseReceived;
                public event Func<object, object, SIPResponse, Task<SocketError>> UACInviteTransactionFinalResponseReceived;
                internal void Raise(SIPResponse r) { UACInviteTransactionInformationResponseReceived?.Invoke(null, null, r); UACInviteTransactionFinalResponseReceived?.Invoke(null, null, r); }
            }

            public class SIPNonInviteTransaction
            {
                public event Func<object, object, SIPResponse, Task<SocketError>> NonInviteTransactionFinalResponseReceived;
                internal void Raise(SIPResponse r) => NonInviteTransactionFinalResponseReceived?.Invoke(null, null, r);
            }

            public class SIPTransport
            {
                public event Func<object, object, SIPResponse, Task> SIPTransportResponseReceived;
                internal void Raise(SIPResponse r) => SIPTransportResponseReceived?.Invoke(null, null, r);
            }

            public enum SocketError { Success = 0 }
        }
        """;

    public const string Pjsua2 = """
        namespace pjsua2
        {
            public enum pjsip_status_code
            {
                PJSIP_SC_NULL = 0,
                PJSIP_SC_TRYING = 100, PJSIP_SC_RINGING = 180, PJSIP_SC_CALL_BEING_FORWARDED = 181, PJSIP_SC_QUEUED = 182, PJSIP_SC_PROGRESS = 183,
                PJSIP_SC_OK = 200, PJSIP_SC_ACCEPTED = 202, PJSIP_SC_NO_NOTIFICATION = 204,
                PJSIP_SC_MULTIPLE_CHOICES = 300, PJSIP_SC_MOVED_PERMANENTLY = 301, PJSIP_SC_MOVED_TEMPORARILY = 302, PJSIP_SC_USE_PROXY = 305, PJSIP_SC_ALTERNATIVE_SERVICE = 380,
                PJSIP_SC_BAD_REQUEST = 400, PJSIP_SC_UNAUTHORIZED = 401, PJSIP_SC_PAYMENT_REQUIRED = 402, PJSIP_SC_FORBIDDEN = 403, PJSIP_SC_NOT_FOUND = 404,
                PJSIP_SC_METHOD_NOT_ALLOWED = 405, PJSIP_SC_NOT_ACCEPTABLE = 406, PJSIP_SC_PROXY_AUTHENTICATION_REQUIRED = 407, PJSIP_SC_REQUEST_TIMEOUT = 408,
                PJSIP_SC_CONFLICT = 409, PJSIP_SC_GONE = 410, PJSIP_SC_LENGTH_REQUIRED = 411, PJSIP_SC_CONDITIONAL_REQUEST_FAILED = 412,
                PJSIP_SC_REQUEST_ENTITY_TOO_LARGE = 413, PJSIP_SC_REQUEST_URI_TOO_LONG = 414, PJSIP_SC_UNSUPPORTED_MEDIA_TYPE = 415,
                PJSIP_SC_UNSUPPORTED_URI_SCHEME = 416, PJSIP_SC_UNKNOWN_RESOURCE_PRIORITY = 417, PJSIP_SC_BAD_EXTENSION = 420,
                PJSIP_SC_EXTENSION_REQUIRED = 421, PJSIP_SC_SESSION_TIMER_TOO_SMALL = 422, PJSIP_SC_INTERVAL_TOO_BRIEF = 423,
                PJSIP_SC_BAD_LOCATION_INFORMATION = 424, PJSIP_SC_USE_IDENTITY_HEADER = 428, PJSIP_SC_PROVIDE_REFERRER_HEADER = 429,
                PJSIP_SC_FLOW_FAILED = 430, PJSIP_SC_ANONIMITY_DISALLOWED = 433, PJSIP_SC_BAD_IDENTITY_INFO = 436, PJSIP_SC_UNSUPPORTED_CERTIFICATE = 437,
                PJSIP_SC_INVALID_IDENTITY_HEADER = 438, PJSIP_SC_FIRST_HOP_LACKS_OUTBOUND_SUPPORT = 439, PJSIP_SC_MAX_BREADTH_EXCEEDED = 440,
                PJSIP_SC_BAD_INFO_PACKAGE = 469, PJSIP_SC_CONSENT_NEEDED = 470, PJSIP_SC_TEMPORARILY_UNAVAILABLE = 480, PJSIP_SC_CALL_TSX_DOES_NOT_EXIST = 481,
                PJSIP_SC_LOOP_DETECTED = 482, PJSIP_SC_TOO_MANY_HOPS = 483, PJSIP_SC_ADDRESS_INCOMPLETE = 484, PJSIP_AC_AMBIGUOUS = 485,
                PJSIP_SC_BUSY_HERE = 486, PJSIP_SC_REQUEST_TERMINATED = 487, PJSIP_SC_NOT_ACCEPTABLE_HERE = 488, PJSIP_SC_BAD_EVENT = 489,
                PJSIP_SC_REQUEST_UPDATED = 490, PJSIP_SC_REQUEST_PENDING = 491, PJSIP_SC_UNDECIPHERABLE = 493, PJSIP_SC_SECURITY_AGREEMENT_NEEDED = 494,
                PJSIP_SC_INTERNAL_SERVER_ERROR = 500, PJSIP_SC_NOT_IMPLEMENTED = 501, PJSIP_SC_BAD_GATEWAY = 502, PJSIP_SC_SERVICE_UNAVAILABLE = 503,
                PJSIP_SC_SERVER_TIMEOUT = 504, PJSIP_SC_VERSION_NOT_SUPPORTED = 505, PJSIP_SC_MESSAGE_TOO_LARGE = 513,
                PJSIP_SC_PUSH_NOTIFICATION_SERVICE_NOT_SUPPORTED = 555, PJSIP_SC_PRECONDITION_FAILURE = 580,
                PJSIP_SC_BUSY_EVERYWHERE = 600, PJSIP_SC_DECLINE = 603, PJSIP_SC_DOES_NOT_EXIST_ANYWHERE = 604, PJSIP_SC_NOT_ACCEPTABLE_ANYWHERE = 606,
                PJSIP_SC_UNWANTED = 607, PJSIP_SC_REJECTED = 608,
                PJSIP_SC_TSX_TIMEOUT = PJSIP_SC_REQUEST_TIMEOUT, PJSIP_SC_TSX_TRANSPORT_ERROR = PJSIP_SC_SERVICE_UNAVAILABLE,
                PJSIP_SC__force_32bit = 0x7FFFFFFF,
            }

            public enum pjsip_inv_state { PJSIP_INV_STATE_NULL, PJSIP_INV_STATE_CALLING, PJSIP_INV_STATE_INCOMING, PJSIP_INV_STATE_EARLY, PJSIP_INV_STATE_CONNECTING, PJSIP_INV_STATE_CONFIRMED, PJSIP_INV_STATE_DISCONNECTED }

            public class CallOpParam
            {
                public CallOpParam(bool useDefaultCallSetting = false) { }
                public pjsip_status_code statusCode { get; set; }
                public string reason { get; set; }
            }

            public class CallInfo
            {
                public pjsip_status_code lastStatusCode { get; set; }
                public string lastReason { get; set; }
                public pjsip_inv_state state { get; set; }
            }

            public class OnCallStateParam { }
            public class OnIncomingCallParam { public int callId { get; set; } }
            public class OnRegStateParam
            {
                public int status { get; set; }
                public pjsip_status_code code { get; set; }
                public string reason { get; set; }
                public int expiration { get; set; }
            }

            public class OnIncomingSubscribeParam { public pjsip_status_code code { get; set; } }
            public class OnInstantMessageStatusParam { public pjsip_status_code code { get; set; } }
            public class OnCallTransferStatusParam { public pjsip_status_code statusCode { get; set; } public bool finalNotify { get; set; } }
            public class OnCallTransferRequestParam { public pjsip_status_code statusCode { get; set; } }
            public class OnCallReplaceRequestParam { public pjsip_status_code statusCode { get; set; } }
            public class OnCallRxOfferParam { public pjsip_status_code statusCode { get; set; } }
            public class OnCallRxReinviteParam { public pjsip_status_code statusCode { get; set; } }
            public class OnCallTsxStateParam { }
            public class AccountInfo { public pjsip_status_code regStatus { get; set; } }
            public class BuddyInfo { public pjsip_status_code subTermCode { get; set; } }
            public class SipTransaction { public int statusCode { get; set; } public string statusText { get; set; } }
            public class SendResponseParam { public int code { get; set; } public string reason { get; set; } }
            public class OnRejectedIncomingCallParam { public int statusCode { get; set; } }
            public class RegProgressParam { public int code { get; set; } }

            public class Account
            {
                public virtual void onRegState(OnRegStateParam prm) { }
                public void setRegistration(bool renew) { }
                public virtual void onIncomingCall(OnIncomingCallParam prm) { }
                public void sendResponse(object token, SendResponseParam prm) { }
            }

            public class Call
            {
                public Call(Account acc, int callId = -1) { }
                public virtual void onCallState(OnCallStateParam prm) { }
                public virtual void onCallTsxState(OnCallTsxStateParam prm) { }
                public virtual void onCallTransferStatus(OnCallTransferStatusParam prm) { }
                public CallInfo getInfo() => new CallInfo();
                public void answer(CallOpParam prm) { }
                public void hangup(CallOpParam prm) { }
                public void makeCall(string dstUri, CallOpParam prm) { }
            }
        }
        """;

    /// <summary>LumiSoft.Net's SIP stack as applications use it (its int StatusCode, string response codes, request senders).</summary>
    public const string LumiSoft = """
        namespace LumiSoft.Net.SIP.Stack
        {
            using System;

            public enum SIP_StatusCodeType { Provisional, Success, Redirection, RequestFailure, ServerFailure, GlobalFailure }

            public static class SIP_ResponseCodes
            {
                public const string x180_Ringing = "180 Ringing";
                public const string x200_Ok = "200 OK";
                public const string x486_Busy_Here = "486 Busy Here";
            }

            public class SIP_Request { }

            public class SIP_Response
            {
                public int StatusCode { get; set; }
                public string ReasonPhrase { get; set; }
                public string StatusCode_ReasonPhrase => StatusCode + " " + ReasonPhrase;
                public SIP_StatusCodeType StatusCodeType { get; set; }
            }

            public class SIP_ResponseReceivedEventArgs : EventArgs { public SIP_Response Response { get; set; } }

            public class SIP_ServerTransaction
            {
                public SIP_Request Request { get; set; }
                public void SendResponse(SIP_Response response) { }
            }

            public class SIP_RequestSender
            {
                public event EventHandler<SIP_ResponseReceivedEventArgs> ResponseReceived;
                public void Start() { }
                internal void Raise(SIP_Response r) => ResponseReceived?.Invoke(this, new SIP_ResponseReceivedEventArgs { Response = r });
            }

            public class SIP_UA_Registration
            {
                public event EventHandler<SIP_ResponseReceivedEventArgs> Error;
                public void BeginRegister(bool autoRefresh) { }
                internal void Raise(SIP_Response r) => Error?.Invoke(this, new SIP_ResponseReceivedEventArgs { Response = r });
            }

            public class SIP_Stack
            {
                public SIP_Response CreateResponse(string statusCode_reasonText, SIP_Request request) => new SIP_Response();
                public SIP_RequestSender CreateRequestSender(SIP_Request request) => new SIP_RequestSender();
            }
        }
        """;

    /// <summary>Microsoft UCMA 4.0: ResponseData.ResponseCode on failures, CallDeclineOptions.ResponseCode to decline.</summary>
    public const string Ucma = """
        namespace Microsoft.Rtc.Signaling
        {
            public class ResponseData { public int ResponseCode { get; set; } public string ResponseText { get; set; } }
            public class FailureResponseException : System.Exception { public ResponseData ResponseData { get; set; } }
        }

        namespace Microsoft.Rtc.Collaboration
        {
            public class CallDeclineOptions
            {
                public CallDeclineOptions() { }
                public CallDeclineOptions(int responseCode) { ResponseCode = responseCode; }
                public int ResponseCode { get; set; }
            }

            public class Call
            {
                public void Decline(CallDeclineOptions options) { }
            }

            public class AudioVideoCall : Call { }
        }
        """;

    /// <summary>A home-grown stack with plain int status codes.</summary>
    public const string PlainInt = """
        namespace Corpus.Stack
        {
            public class SipResponse
            {
                public int StatusCode { get; set; }
                public string Reason { get; set; }
            }

            public class SipCall
            {
                public void Reject(int code) { }
                public void Answer() { }
            }
        }
        """;
}
