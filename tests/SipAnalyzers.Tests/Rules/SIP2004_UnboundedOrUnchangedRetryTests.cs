using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2004 (UnboundedOrUnchangedRetry): the RetryLoopTests tests of this rule.</summary>
public partial class RetryLoopTests
{
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
}

/// <summary>SIP2004 (UnboundedOrUnchangedRetry): the RetryShapesTests tests of this rule.</summary>
public partial class RetryShapesTests
{
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
}
