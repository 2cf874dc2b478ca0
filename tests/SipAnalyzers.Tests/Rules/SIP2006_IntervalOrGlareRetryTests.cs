using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2006 (IntervalOrGlareRetry): the RetryLoopTests tests of this rule.</summary>
public partial class RetryLoopTests
{
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
}

/// <summary>SIP2006 (IntervalOrGlareRetry): the RetryShapesTests tests of this rule.</summary>
public partial class RetryShapesTests
{
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
}
