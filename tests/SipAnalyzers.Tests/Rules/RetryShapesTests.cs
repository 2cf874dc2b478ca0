using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>
/// SIP2004, SIP2005 and SIP2006 outside send loops: SIPSorcery failure events, pjsua2 callbacks, Polly retry policies,
/// recursion and <c>goto</c> (the loop shapes are in <see cref="RetryLoopTests"/>).
/// </summary>
public class RetryShapesTests
{
    private const string Trunk = DialerStubs.Trunk;

    private const string Polly = PollyStubs.Source;

    private const string AuthTail = " with no attempt limit: with a wrong password this never ends (RFC 3261 section 22.1: do not retry credentials that were rejected); count the attempts and give up, or ask for new credentials";

    private const string SameRequestTail = ": the answer will not change (RFC 3261 section 21.4); change the request or the target, or stop";

    private const string RetryAfterTail = " without reading Retry-After (RFC 3261 sections 20.33 and 21.5.4); wait as long as it says, or try another server";

    private const string GlareTail = " after 491 Request Pending on a fixed delay: wait a random 2.1 to 4 s (Call-ID owner) or 0 to 2 s (RFC 3261 section 14.1)";

    [Fact]
    public async Task Sip2004_in_handlers_callbacks_policies_and_recursion()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Polly;
            using pjsua2;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            class ClickToCall
            {
                private readonly SIPUserAgent _ua = new SIPUserAgent();

                // SIPSorcery: the failure event calls again with the same destination after 403.
                public void Start(string destination)
                {
                    _ua.ClientCallFailed += (uac, error, resp) =>
                    {
                        if (resp.Status == SIPResponseStatusCodesEnum.Forbidden)
                        {
                            {|#0:_ua.Call(destination, "1001", "secret", null)|};
                        }
                    };
                }

                // Polly: every 401/407 retried forever.
                object AuthPolicy() => Policy.HandleResult<SIPResponse>({|#1:r => r.Status == SIPResponseStatusCodesEnum.Unauthorised || r.Status == SIPResponseStatusCodesEnum.ProxyAuthenticationRequired|})
                    .RetryForeverAsync();

                // Recursion: re-INVITE with the same credentials on every 407.
                async Task<SIPResponse> InviteAsync(SipTrunk trunk, string number)
                {
                    var resp = await trunk.SendInviteAsync("sip:gw1.example.net", number);
                    if (resp.Status == SIPResponseStatusCodesEnum.ProxyAuthenticationRequired)
                    {
                        return await {|#2:InviteAsync(trunk, number)|};
                    }

                    return resp;
                }
            }

            // pjsua2: a call that dials the same URI again when it ends with 404.
            class RedialCall : Call
            {
                private readonly Account _account;
                private readonly string _uri;

                public RedialCall(Account account, string uri) : base(account) { _account = account; _uri = uri; }

                public override void onCallState(OnCallStateParam prm)
                {
                    var ci = getInfo();
                    if (ci.state == pjsip_inv_state.PJSIP_INV_STATE_DISCONNECTED && ci.lastStatusCode == pjsip_status_code.PJSIP_SC_NOT_FOUND)
                    {
                        var again = new RedialCall(_account, _uri);
                        {|#3:again.makeCall(_uri, new CallOpParam(true))|};
                    }
                }
            }
            """ + Trunk + Polly;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage("This call to Call sends again with the same request after 403 Forbidden" + SameRequestTail),
            SipTest.Diagnostic("SIP2004").WithLocation(1).WithMessage("This retry policy retries after 401 Unauthorized, 407 Proxy Authentication Required" + AuthTail),
            SipTest.Diagnostic("SIP2004").WithLocation(2).WithMessage("This call to InviteAsync sends again after 407 Proxy Authentication Required" + AuthTail),
            SipTest.Diagnostic("SIP2004").WithLocation(3).WithMessage("This call to makeCall sends again with the same request after 404 Not Found" + SameRequestTail));
    }

    [Fact]
    public async Task Sip2005_in_handlers_policies_goto_and_recursion()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Polly;
            using Sip;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            class Redialer
            {
                private readonly SIPUserAgent _ua = new SIPUserAgent();

                // SIPSorcery: busy, wait a minute, call the same number again.
                public void Watch(string destination)
                {
                    _ua.ClientCallFailed += async (uac, error, resp) =>
                    {
                        if (resp.Status == SIPResponseStatusCodesEnum.BusyHere)
                        {
                            await Task.Delay(TimeSpan.FromMinutes(1));
                            await {|#0:_ua.Call(destination, null, null, null)|};
                        }
                    };
                }

                // Polly: 503 retried on a fixed 30 s sleep.
                object Overload() => Policy.HandleResult<SIPResponse>({|#1:r => r.Status == SIPResponseStatusCodesEnum.ServiceUnavailable|})
                    .WaitAndRetryAsync(5, attempt => TimeSpan.FromSeconds(30));

                // Polly v8: 500/503 with the options' default constant delay.
                RetryStrategyOptions<SIPResponse> Options() => new RetryStrategyOptions<SIPResponse>
                {
                    ShouldHandle = new PredicateBuilder<SIPResponse>().HandleResult({|#2:r => SipStatus.IsServerFailure(r.StatusCode)|}),
                    MaxRetryAttempts = 5,
                };

                // goto: 480 from the same trunk, try again after a second.
                async Task<bool> DialAsync(SipTrunk trunk, string number)
                {
                    int code;
                retry:
                    code = await trunk.DialAsync(number);
                    if (code == (int)SipStatusCode.TemporarilyUnavailable)
                    {
                        Thread.Sleep(1000);
                        {|#3:goto retry;|}
                    }

                    return SipStatus.IsSuccess(code);
                }

                // Recursion with an attempt counter: bounded, but still deaf to Retry-After.
                async Task<SIPResponse> InviteAsync(SipTrunk trunk, string number, int attempt = 0)
                {
                    var resp = await trunk.SendInviteAsync("sip:gw1.example.net", number);
                    if (resp.Status == SIPResponseStatusCodesEnum.ServiceUnavailable && attempt < 3)
                    {
                        await Task.Delay(2000);
                        return await {|#4:InviteAsync(trunk, number, attempt + 1)|};
                    }

                    return resp;
                }
            }
            """ + Trunk + Polly;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2005").WithLocation(0).WithMessage("This call to Call sends again to the same target after 486 Busy Here" + RetryAfterTail),
            SipTest.Diagnostic("SIP2005").WithLocation(1).WithMessage("This retry policy retries to the same target after 503 Service Unavailable" + RetryAfterTail),
            SipTest.Diagnostic("SIP2005").WithLocation(2).WithMessage("This retry policy retries to the same target after 500 Server Internal Error, 503 Service Unavailable" + RetryAfterTail),
            SipTest.Diagnostic("SIP2005").WithLocation(3).WithMessage("This goto sends again to the same target after 480 Temporarily Unavailable" + RetryAfterTail),
            SipTest.Diagnostic("SIP2005").WithLocation(4).WithMessage("This call to InviteAsync sends again to the same target after 503 Service Unavailable" + RetryAfterTail));
    }

    [Fact]
    public async Task Sip2006_in_callbacks_handlers_policies_and_recursion()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Polly;
            using pjsua2;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            // pjsua2: re-register with the same expiry after 423.
            class PbxAccount : Account
            {
                public override void onRegState(OnRegStateParam prm)
                {
                    if (prm.code == pjsip_status_code.PJSIP_SC_INTERVAL_TOO_BRIEF)
                    {
                        {|#0:setRegistration(true)|};
                    }
                }
            }

            class Glare
            {
                private readonly SIPUserAgent _ua = new SIPUserAgent();

                // SIPSorcery: 491 answered by a fixed one-second wait.
                public void Watch(string destination)
                {
                    _ua.ClientCallFailed += async (uac, error, resp) =>
                    {
                        if (resp.Status == SIPResponseStatusCodesEnum.RequestPending)
                        {
                            await Task.Delay(1000);
                            await {|#1:_ua.Call(destination, null, null, null)|};
                        }
                    };
                }

                // Polly: 491 retried on a fixed sleep.
                object HoldPolicy() => Policy.HandleResult<SIPResponse>({|#2:r => r.Status == SIPResponseStatusCodesEnum.RequestPending|})
                    .WaitAndRetryAsync(3, _ => TimeSpan.FromSeconds(2));

                // Recursion: 422 answered with the same Session-Expires.
                async Task RefreshAsync(SipTrunk trunk, string offer)
                {
                    var resp = await trunk.SendReInviteAsync(offer);
                    if (resp.Status == SIPResponseStatusCodesEnum.SessionIntervalTooSmall)
                    {
                        await {|#3:RefreshAsync(trunk, offer)|};
                    }
                }

                // goto: re-REGISTER after 423 with the same expiry.
                async Task RegisterAsync(SipTrunk trunk)
                {
                    SIPResponse resp;
                again:
                    resp = await trunk.SendRegisterAsync("sip:registrar.example.com", 60);
                    if (resp.Status == SIPResponseStatusCodesEnum.IntervalTooBrief)
                    {
                        {|#4:goto again;|}
                    }
                }
            }
            """ + Trunk + Polly;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2006").WithLocation(0).WithMessage("This call to setRegistration sends again after 423 Interval Too Brief with the same Expires: use the registrar's Min-Expires (RFC 3261 section 10.2.8)"),
            SipTest.Diagnostic("SIP2006").WithLocation(1).WithMessage("This call to Call sends again" + GlareTail),
            SipTest.Diagnostic("SIP2006").WithLocation(2).WithMessage("This retry policy retries" + GlareTail),
            SipTest.Diagnostic("SIP2006").WithLocation(3).WithMessage("This call to RefreshAsync sends again after 422 Session Interval Too Small with the same Session-Expires: use at least Min-SE (RFC 4028 section 6)"),
            SipTest.Diagnostic("SIP2006").WithLocation(4).WithMessage("This goto sends again after 423 Interval Too Brief with the same Expires: use the registrar's Min-Expires (RFC 3261 section 10.2.8)"));
    }

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

    [Fact]
    public async Task Re_sends_scheduled_from_a_failure_handler()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            class Callback
            {
                private readonly SIPUserAgent _ua = new SIPUserAgent();
                private Timer _redial;

                public void Watch(string destination)
                {
                    _ua.ClientCallFailed += (uac, error, resp) =>
                    {
                        if (resp.Status == SIPResponseStatusCodesEnum.BusyHere)
                        {
                            // Busy: call back in a minute, on a timer.
                            _redial = new Timer(_ => {|#0:_ua.Call(destination, null, null, null)|}, null, 60000, Timeout.Infinite);
                        }
                        else if (resp.Status != SIPResponseStatusCodesEnum.Ok)
                        {
                            Task.Delay(5000).ContinueWith(_ => {|#1:_ua.Call(destination, null, null, null)|});
                        }
                    };
                }
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2005").WithLocation(0).WithMessage("This call to Call sends again to the same target after 486 Busy Here" + RetryAfterTail),
            SipTest.Diagnostic("SIP2001").WithLocation(1).WithMessage("This call to Call sends again after any 6xx (600, 603, 604, 606, 607, 608): a 6xx Global Failure is definitive, so do not re-dial, fail over or fork (RFC 3261 sections 21.6 and 16.7)"));
    }

    [Fact]
    public async Task Configured_send_methods_are_retries_too()
    {
        const string source = """
            using System.Threading.Tasks;
            using Sip;

            namespace Acme.Pbx
            {
                public sealed class Trunk
                {
                    public Task<int> Originate(string number) => Task.FromResult(200);
                    public Task<int> Connect(string number) => Task.FromResult(200);
                }

                class Campaign
                {
                    async Task RunAsync(Trunk trunk, string number)
                    {
                        while (true)
                        {
                            var code = await trunk.Connect(number);
                            if (SipStatus.IsFailure(code))
                            {
                                {|#0:continue;|}
                            }

                            return;
                        }
                    }
                }
            }
            """;
        var test = new SipTest(source, Stack.None, editorConfig: "sip_analyzers.send_methods = M:Acme.Pbx.Trunk.Connect(System.String)\n");
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2001").WithLocation(0));
        await test.RunAsync();

        // Without the option, Connect is not known to send: silent.
        await SipTest.VerifyAsync(source, Stack.None);
    }
}
