using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2004, SIP2005 and SIP2006: retry hygiene in send loops (authentication, Retry-After, intervals, glare).</summary>
public class RetryLoopTests
{
    private const string Trunk = DialerStubs.Trunk;

    [Fact]
    public async Task Sip2004_unbounded_authentication_loops()
    {
        const string source = """
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;
            using SIPSorcery.SIP;

            class Registration
            {
                async Task RegisterAsync(SipTrunk trunk)
                {
                    while (true)
                    {
                        var resp = await trunk.SendRegisterAsync("sip:registrar.example.com");
                        if (resp.Status == SIPResponseStatusCodesEnum.Unauthorised || resp.Status == SIPResponseStatusCodesEnum.ProxyAuthenticationRequired)
                        {
                            {|#0:continue;|}
                        }

                        return;
                    }
                }

                async Task<SIPResponse> InviteAsync(SipTrunk trunk, string number)
                {
                    var resp = await trunk.SendInviteAsync("gw1", number);
                    while (resp.StatusCode == (int)SipStatusCode.Unauthorized)
                    {
                        resp = await {|#1:trunk.SendInviteAsync("gw1", number)|};
                    }

                    return resp;
                }
            }
            """ + Trunk;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage("This continue sends again after 401 Unauthorized, 407 Proxy Authentication Required with no attempt limit: with a wrong password this never ends (RFC 3261 section 22.1: do not retry credentials that were rejected); count the attempts and give up, or ask for new credentials"),
            SipTest.Diagnostic("SIP2004").WithLocation(1).WithMessage("The loop calls SendInviteAsync again after 401 Unauthorized with no attempt limit: with a wrong password this never ends (RFC 3261 section 22.1: do not retry credentials that were rejected); count the attempts and give up, or ask for new credentials"));
    }

    [Fact]
    public async Task Sip2004_unchanged_retry_after_a_non_retryable_4xx()
    {
        const string source = """
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;

            class Dialer
            {
                async Task<bool> DialAsync(SipTrunk trunk, string number)
                {
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        var code = await trunk.DialAsync(number);
                        if (code == (int)SipStatusCode.Forbidden || code == (int)SipStatusCode.NotFound)
                        {
                            await Task.Delay(1000);
                            {|#0:continue;|}
                        }

                        return code == (int)SipStatusCode.Ok;
                    }

                    return false;
                }
            }
            """ + Trunk;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage(
            "This continue sends again with the same request after 403 Forbidden, 404 Not Found: the answer will not change (RFC 3261 section 21.4); change the request or the target, or stop"));
    }

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
    public async Task Sip2006_interval_and_glare_retries()
    {
        const string source = """
            using System.Threading.Tasks;
            using Acme.Dialer;
            using SIPSorcery.SIP;

            class Refreshers
            {
                async Task RegisterAsync(SipTrunk trunk)
                {
                    while (true)
                    {
                        var resp = await trunk.SendRegisterAsync("sip:registrar.example.com", 60);
                        if (resp.Status == SIPResponseStatusCodesEnum.IntervalTooBrief)
                        {
                            {|#0:continue;|}
                        }

                        return;
                    }
                }

                async Task HoldAsync(SipTrunk trunk, string offer)
                {
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        var resp = await trunk.SendReInviteAsync(offer);
                        if (resp.Status == SIPResponseStatusCodesEnum.RequestPending)
                        {
                            await Task.Delay(2000);
                            {|#1:continue;|}
                        }

                        return;
                    }
                }
            }
            """ + Trunk;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2006").WithLocation(0).WithMessage("This continue sends again after 423 Interval Too Brief with the same Expires: use the registrar's Min-Expires (RFC 3261 section 10.2.8)"),
            SipTest.Diagnostic("SIP2006").WithLocation(1).WithMessage("This continue sends again after 491 Request Pending on a fixed delay: wait a random 2.1 to 4 s (Call-ID owner) or 0 to 2 s (RFC 3261 section 14.1)"));
    }

    [Fact]
    public async Task Correct_retries_stay_silent()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;
            using SIPSorcery.SIP;

            class CorrectRetries
            {
                // Bounded authentication retry with a counter.
                async Task RegisterAsync(SipTrunk trunk)
                {
                    var attempts = 0;
                    while (true)
                    {
                        var resp = await trunk.SendRegisterAsync("sip:registrar.example.com");
                        if (resp.Status == SIPResponseStatusCodesEnum.Unauthorised && ++attempts < 3) continue;
                        return;
                    }
                }

                // New credentials each round.
                async Task RegisterInteractiveAsync(SipTrunk trunk)
                {
                    while (true)
                    {
                        var resp = await trunk.SendRegisterAsync("sip:registrar.example.com");
                        if (resp.Status != SIPResponseStatusCodesEnum.Unauthorised) return;
                        var password = trunk.PromptForPassword();
                    }
                }

                // 404 at one gateway: the next gateway is a different target.
                async Task<bool> GatewaysAsync(SipTrunk trunk, List<string> gateways, string number)
                {
                    foreach (var gateway in gateways)
                    {
                        var resp = await trunk.SendInviteAsync(gateway, number);
                        if (resp.Status == SIPResponseStatusCodesEnum.NotFound || resp.Status == SIPResponseStatusCodesEnum.ServiceUnavailable) continue;
                        return SipStatus.IsSuccess(resp.StatusCode);
                    }

                    return false;
                }

                // 503 with Retry-After honoured.
                async Task HonourRetryAfterAsync(SipTrunk trunk, string number)
                {
                    while (true)
                    {
                        var resp = await trunk.SendInviteAsync("gw1", number);
                        if (resp.Status == SIPResponseStatusCodesEnum.ServiceUnavailable)
                        {
                            var retryAfter = resp.Header.Expires;
                            await Task.Delay(TimeSpan.FromSeconds(retryAfter));
                            continue;
                        }

                        return;
                    }
                }

                // 423 answered with the registrar's Min-Expires; 491 with a random delay.
                async Task MinExpiresAsync(SipTrunk trunk)
                {
                    var expires = 60;
                    while (true)
                    {
                        var resp = await trunk.SendRegisterAsync("sip:registrar.example.com", expires);
                        if (resp.Status == SIPResponseStatusCodesEnum.IntervalTooBrief)
                        {
                            expires = resp.Header.MinExpires;
                            continue;
                        }

                        return;
                    }
                }

                async Task GlareAsync(SipTrunk trunk, string offer)
                {
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        var resp = await trunk.SendReInviteAsync(offer);
                        if (resp.Status == SIPResponseStatusCodesEnum.RequestPending)
                        {
                            await Task.Delay(Random.Shared.Next(2100, 4000));
                            continue;
                        }

                        return;
                    }
                }
            }
            """ + Trunk;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Plain_int_and_do_while_shapes()
    {
        const string source = """
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;

            class PlainCodes
            {
                // do/while on the status only: no bound of its own (SIP2004).
                async Task<int> AuthenticateAsync(SipTrunk trunk, string number)
                {
                    int code;
                    do
                    {
                        code = await {|#0:trunk.DialAsync(number)|};
                    }
                    while (code == (int)SipStatusCode.ProxyAuthenticationRequired);

                    return code;
                }

                // 486 to the same number on a fixed timer, 6xx already handled (SIP2005).
                async Task<bool> BusyRedialAsync(SipTrunk trunk, string number)
                {
                    for (var attempt = 0; attempt < 5; attempt++)
                    {
                        var code = await trunk.DialAsync(number);
                        if (SipStatus.IsGlobalFailure(code) || SipStatus.IsSuccess(code)) return SipStatus.IsSuccess(code);
                        if (code == (int)SipStatusCode.BusyHere)
                        {
                            await Task.Delay(60000);
                            {|#1:continue;|}
                        }

                        return false;
                    }

                    return false;
                }

                // 422 with the same session interval (SIP2006); a raised Session-Expires is fine.
                async Task RefreshAsync(SipTrunk trunk, string offer)
                {
                    for (var attempt = 0; attempt < 2; attempt++)
                    {
                        var code = (await trunk.SendReInviteAsync(offer)).StatusCode;
                        if (code == (int)SipStatusCode.SessionIntervalTooSmall) {|#2:continue;|}
                        return;
                    }
                }

                async Task RefreshWithMinSeAsync(SipTrunk trunk, string offer)
                {
                    var sessionExpires = 90;
                    for (var attempt = 0; attempt < 2; attempt++)
                    {
                        var resp = await trunk.SendReInviteAsync(offer + ";expires=" + sessionExpires);
                        if (resp.StatusCode == (int)SipStatusCode.SessionIntervalTooSmall)
                        {
                            sessionExpires = resp.Header.MinExpires;
                            continue;
                        }

                        return;
                    }
                }
            }
            """ + Trunk;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage("The loop calls DialAsync again after 407 Proxy Authentication Required with no attempt limit: with a wrong password this never ends (RFC 3261 section 22.1: do not retry credentials that were rejected); count the attempts and give up, or ask for new credentials"),
            SipTest.Diagnostic("SIP2005").WithLocation(1).WithMessage("This continue sends again to the same target after 486 Busy Here without reading Retry-After (RFC 3261 sections 20.33 and 21.5.4); wait as long as it says, or try another server"),
            SipTest.Diagnostic("SIP2006").WithLocation(2).WithMessage("This continue sends again after 422 Session Interval Too Small with the same Session-Expires: use at least Min-SE (RFC 4028 section 6)"));
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
