using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2005 (RetryIgnoresRetryAfter): the RetryLoopTests tests of this rule.</summary>
public partial class RetryLoopTests
{
    [Fact]
    public async Task Sip2005_same_target_retry_after_503_without_retry_after()
    {
        const string source = """
            using System.Threading.Tasks;
            using Acme.Dialer;
            using SIPSorcery.SIP;

            class KeepTrying
            {
                async Task<SIPResponse> CallAsync(SipTrunk trunk, string number)
                {
                    while (true)
                    {
                        var resp = await trunk.SendInviteAsync("sip:gw1.example.net", number);
                        if (resp.Status == SIPResponseStatusCodesEnum.ServiceUnavailable || resp.Status == SIPResponseStatusCodesEnum.TemporarilyUnavailable)
                        {
                            await Task.Delay(5000);
                            {|#0:continue;|}
                        }

                        return resp;
                    }
                }
            }
            """ + Trunk;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP2005").WithLocation(0).WithMessage(
            "This continue sends again to the same target after 480 Temporarily Unavailable, 503 Service Unavailable without reading Retry-After (RFC 3261 sections 20.33 and 21.5.4); wait as long as it says, or try another server"));
    }
    [Fact]
    public async Task Pjsua2_shaped_loop_waiting_a_fixed_time_after_503()
    {
        const string source = """
            using System.Threading;
            using pjsua2;

            class Softphone
            {
                private readonly Call _call = new Call(new Account());

                void CallSupport(string uri)
                {
                    for (var attempt = 0; attempt < 10; attempt++)
                    {
                        _call.makeCall(uri, new CallOpParam(true));
                        var ci = _call.getInfo();
                        if (ci.lastStatusCode == pjsip_status_code.PJSIP_SC_SERVICE_UNAVAILABLE)
                        {
                            Thread.Sleep(2000);
                            {|#0:continue;|}
                        }

                        return;
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP2005").WithLocation(0).WithMessage(
            "This continue sends again to the same target after 503 Service Unavailable without reading Retry-After (RFC 3261 sections 20.33 and 21.5.4); wait as long as it says, or try another server"));
    }
}

/// <summary>SIP2005 (RetryIgnoresRetryAfter): the RetryShapesTests tests of this rule.</summary>
public partial class RetryShapesTests
{
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
            SipTest.Diagnostic("SIP2001").WithLocation(1).WithMessage("This call to Call sends again (the stack raises ClientCallFailed on every failure) after any 6xx (600, 603, 604, 606, 607, 608): a 6xx Global Failure is definitive, so do not re-dial, fail over or fork (RFC 3261 sections 21.6 and 16.7)"));
    }
}
