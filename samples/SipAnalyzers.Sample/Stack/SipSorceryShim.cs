// A stand-in for the parts of SIPSorcery this sample uses, with the same shapes (the real package is not needed to
// see the analyzers work). Its responses are simulated.
namespace SIPSorcery.SIP
{
    public enum SIPResponseStatusCodesEnum
    {
        None = 0,
        Trying = 100, Ringing = 180, SessionProgress = 183,
        Ok = 200, Accepted = 202,
        MovedTemporarily = 302,
        AlternativeService = 304, // as in SIPSorcery's real enum: Alternative Service is 380 (SIP1004)
        BadRequest = 400, Unauthorised = 401, Forbidden = 403, NotFound = 404, MethodNotAllowed = 405, ProxyAuthenticationRequired = 407,
        RequestTimeout = 408, IntervalTooBrief = 423, TemporarilyUnavailable = 480, BusyHere = 486, RequestTerminated = 487, NotAcceptableHere = 488,
        InternalServerError = 500, ServiceUnavailable = 503,
        BusyEverywhere = 600, Decline = 603, DoesNotExistAnywhere = 604, NotAcceptableAnywhere = 606,
    }

    public enum SIPMethodsEnum { NONE = 0, REGISTER = 2, INVITE = 3, BYE = 4, ACK = 5, CANCEL = 6, OPTIONS = 7, NOTIFY = 9, SUBSCRIBE = 10, REFER = 14 }

    public class SIPRequest
    {
        public SIPRequest(SIPMethodsEnum method, string uri) { Method = method; Uri = uri; }
        public SIPMethodsEnum Method { get; }
        public string Uri { get; }
    }

    public class SIPResponse
    {
        public SIPResponse(SIPResponseStatusCodesEnum status, string reasonPhrase) { Status = status; ReasonPhrase = reasonPhrase; }
        public SIPResponseStatusCodesEnum Status { get; set; }
        public int StatusCode { get => (int)Status; set => Status = (SIPResponseStatusCodesEnum)value; }
        public string ReasonPhrase { get; set; }
        public static SIPResponse GetResponse(SIPRequest request, SIPResponseStatusCodesEnum status, string reasonPhrase)
            => new SIPResponse(status, reasonPhrase ?? status.ToString());
    }
}

namespace SIPSorcery.SIP.App
{
    /// <summary>The server side of an incoming call (what the reject button talks to).</summary>
    public class SIPServerUserAgent
    {
        public SIPResponseStatusCodesEnum? RejectedWith { get; private set; }

        public void Reject(SIPResponseStatusCodesEnum failureStatus, string reasonPhrase, string[] customHeaders = null)
            => RejectedWith = failureStatus;
    }

    /// <summary>Answers each INVITE from a script so the sample runs without a network.</summary>
    public class SIPUserAgent
    {
        private readonly Queue<int> _script;

        public SIPUserAgent(params int[] script) => _script = new Queue<int>(script);

        public Task<SIPResponse> RegisterAsync(string registrar, int expires)
            => Task.FromResult(new SIPResponse(SIPResponseStatusCodesEnum.Ok, null));

        public Task<SIPResponse> InviteAsync(string destination)
        {
            var code = _script.Count > 0 ? _script.Dequeue() : 408;
            return Task.FromResult(new SIPResponse((SIPResponseStatusCodesEnum)code, null));
        }
    }
}
