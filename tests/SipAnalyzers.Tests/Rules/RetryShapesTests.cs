using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>
/// SIP2004, SIP2005 and SIP2006 outside send loops: SIPSorcery failure events, pjsua2 callbacks, Polly retry policies,
/// recursion and <c>goto</c> (the loop shapes are in <see cref="RetryLoopTests"/>).
/// </summary>
public partial class RetryShapesTests
{
    private const string Trunk = DialerStubs.Trunk;
    private const string Polly = PollyStubs.Source;
    private const string AuthTail = " with no attempt limit: with a wrong password this never ends (RFC 3261 section 22.1: do not retry credentials that were rejected); count the attempts and give up, or ask for new credentials";
    private const string SameRequestTail = ": the answer will not change (RFC 3261 section 21.4); change the request or the target, or stop";
    private const string RetryAfterTail = " without reading Retry-After (RFC 3261 sections 20.33 and 21.5.4); wait as long as it says, or try another server";
    private const string GlareTail = " after 491 Request Pending on a fixed delay: wait a random 2.1 to 4 s (Call-ID owner) or 0 to 2 s (RFC 3261 section 14.1)";
    [Fact]
    public async Task Correct_handlers_policies_and_recursion_stay_silent()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Polly;
            using pjsua2;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            class CorrectRetries
            {
                private readonly SIPUserAgent _ua = new SIPUserAgent();
                private readonly Random _random = new Random();
                private int _authAttempts;

                // A failure handler that counts its authentication attempts.
                public void Start(string destination)
                {
                    _ua.ClientCallFailed += (uac, error, resp) =>
                    {
                        if (resp.Status == SIPResponseStatusCodesEnum.Unauthorised && ++_authAttempts < 3)
                        {
                            _ua.Call(destination, "1001", "secret", null);
                        }
                    };
                }

                // A failure handler that moves to the backup gateway (another target) after 503.
                public void Failover(string number)
                {
                    _ua.ClientCallFailed += (uac, error, resp) =>
                    {
                        if (resp.Status == SIPResponseStatusCodesEnum.ServiceUnavailable)
                        {
                            _ua.Call(BackupGateway(number), null, null, null);
                        }
                    };
                }

                private static string BackupGateway(string number) => "sip:" + number + "@gw2.example.net";

                // Bounded policies: auth retried three times, 503 on a computed wait or Retry-After, 491 with jitter, exponential back-off.
                object Auth() => Policy.HandleResult<SIPResponse>(r => r.Status == SIPResponseStatusCodesEnum.Unauthorised).RetryAsync(3);

                object Overload() => Policy.HandleResult<SIPResponse>(r => r.Status == SIPResponseStatusCodesEnum.ServiceUnavailable)
                    .WaitAndRetryAsync(3, (attempt, outcome, context) => TimeSpan.FromSeconds(outcome.Result.Header.Expires), (outcome, wait, attempt, context) => Task.CompletedTask);

                object RetryAfterHeader() => Policy.HandleResult<SIPResponse>(r => r.Status == SIPResponseStatusCodesEnum.ServiceUnavailable)
                    .WaitAndRetryAsync(3, (attempt, outcome, context) => ParseRetryAfter(outcome.Result), (outcome, wait, attempt, context) => Task.CompletedTask);

                private static TimeSpan ParseRetryAfter(SIPResponse response) => TimeSpan.FromSeconds(30);

                object Glare() => Policy.HandleResult<SIPResponse>(r => r.Status == SIPResponseStatusCodesEnum.RequestPending)
                    .WaitAndRetryAsync(3, _ => TimeSpan.FromMilliseconds(_random.Next(2100, 4000)));

                RetryStrategyOptions<SIPResponse> Backoff() => new RetryStrategyOptions<SIPResponse>
                {
                    ShouldHandle = new PredicateBuilder<SIPResponse>().HandleResult(r => r.Status == SIPResponseStatusCodesEnum.ServiceUnavailable),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                };

                // Recursion that counts its 401s.
                async Task<SIPResponse> InviteAsync(SipTrunk trunk, string number, int attempt = 0)
                {
                    var resp = await trunk.SendInviteAsync("sip:gw1.example.net", number);
                    if (resp.Status == SIPResponseStatusCodesEnum.Unauthorised && attempt < 2)
                    {
                        return await InviteAsync(trunk, number, attempt + 1);
                    }

                    return resp;
                }

                // Recursion after 422 with the raised interval from Min-SE.
                async Task RefreshAsync(SipTrunk trunk, string offer, int sessionExpires)
                {
                    var resp = await trunk.SendReInviteAsync(offer + ";expires=" + sessionExpires);
                    if (resp.Status == SIPResponseStatusCodesEnum.SessionIntervalTooSmall)
                    {
                        await RefreshAsync(trunk, offer, resp.Header.MinExpires);
                    }
                }
            }

            // pjsua2: registration state reported, nothing re-sent; a 3xx followed to the new contact.
            class QuietAccount : Account
            {
                public override void onRegState(OnRegStateParam prm)
                {
                    if (prm.code == pjsip_status_code.PJSIP_SC_INTERVAL_TOO_BRIEF)
                    {
                        Console.WriteLine("registrar wants a longer interval: " + prm.reason);
                    }
                }
            }
            """ + Trunk + Polly;
        await SipTest.VerifyAsync(source);
    }
}

