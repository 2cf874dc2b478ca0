using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2004, SIP2005 and SIP2006: retry hygiene in send loops (authentication, Retry-After, intervals, glare).</summary>
public partial class RetryLoopTests
{
    private const string Trunk = DialerStubs.Trunk;
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
}

