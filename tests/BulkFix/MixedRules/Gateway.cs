namespace Acme.Sip
{
    /// <summary>The outcome of one request, as a home-grown stack reports it.</summary>
    public sealed class SipCallResult
    {
        public int StatusCode { get; init; }
        public string ReasonPhrase { get; init; }
    }

    public sealed class SipGateway
    {
        public event Action<SipCallResult> ResponseReceived;

        public Task<SipCallResult> SendInviteAsync(string target) => Task.FromResult(new SipCallResult { StatusCode = 486, ReasonPhrase = "Busy Here" });

        public void Reject(int statusCode) => ResponseReceived?.Invoke(new SipCallResult { StatusCode = statusCode });
    }
}
