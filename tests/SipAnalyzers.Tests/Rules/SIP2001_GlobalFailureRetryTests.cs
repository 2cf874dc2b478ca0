using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2001: retries, failovers and re-dials reachable after a 6xx Global Failure.</summary>
public class SIP2001_GlobalFailureRetryTests
{
    private const string AnySixXx = "any 6xx (600, 603, 604, 606, 607, 608)";

    private const string Trunk = DialerStubs.Trunk;

    private static string Message(string retry, string which)
        => $"{retry} after {which}: a 6xx Global Failure is definitive, so do not re-dial, fail over or fork (RFC 3261 sections 21.6 and 16.7)";

    [Fact]
    public async Task Failover_continue_after_any_failure_is_reported_and_guarded_by_the_fix()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;

            class Failover
            {
                async Task<bool> ConnectAsync(SipTrunk trunk, IReadOnlyList<string> gateways, string number)
                {
                    foreach (var gateway in gateways)
                    {
                        var resp = await trunk.SendInviteAsync(gateway, number);
                        if (SipStatus.IsSuccess(resp.StatusCode))
                        {
                            return true;
                        }

                        if (SipStatus.IsFailure(resp.StatusCode))
                        {
                            System.Console.WriteLine($"{gateway} failed with {resp.StatusCode}, trying the next one");
                            {|#0:continue;|}
                        }
                    }

                    return false;
                }
            }
            """ + Trunk;
        const string fixedSource = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;

            class Failover
            {
                async Task<bool> ConnectAsync(SipTrunk trunk, IReadOnlyList<string> gateways, string number)
                {
                    foreach (var gateway in gateways)
                    {
                        var resp = await trunk.SendInviteAsync(gateway, number);
                        if (SipStatus.IsSuccess(resp.StatusCode))
                        {
                            return true;
                        }

                        if (SipStatus.IsFailure(resp.StatusCode))
                        {
                            System.Console.WriteLine($"{gateway} failed with {resp.StatusCode}, trying the next one");
                            if (SipStatus.IsGlobalFailure(resp.StatusCode))
                                break;
                            continue;
                        }
                    }

                    return false;
                }
            }
            """ + Trunk;
        var test = new SipTest(source).WithFix(fixedSource, SIP2001_GlobalFailureGuardFixer.AddGuardKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2001").WithLocation(0).WithArguments("This continue moves on to the next target", AnySixXx));
        await test.RunAsync();
    }

    [Fact]
    public async Task Loop_whose_only_exit_is_200_redials_after_a_6xx_and_the_fix_stops_it()
    {
        const string source = """
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;

            class Redialer
            {
                async Task<bool> RedialAsync(SipTrunk trunk, string number)
                {
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        var code = await {|#0:trunk.DialAsync(number)|};
                        if (code == (int)SipStatusCode.Ok)
                        {
                            return true;
                        }

                        await Task.Delay(5000);
                    }

                    return false;
                }
            }
            """ + Trunk;
        const string fixedSource = """
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;

            class Redialer
            {
                async Task<bool> RedialAsync(SipTrunk trunk, string number)
                {
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        var code = await trunk.DialAsync(number);
                        if (code == (int)SipStatusCode.Ok)
                        {
                            return true;
                        }

                        await Task.Delay(5000);
                        if (SipStatus.IsGlobalFailure(code))
                            break;
                    }

                    return false;
                }
            }
            """ + Trunk;
        var test = new SipTest(source).WithFix(fixedSource, SIP2001_GlobalFailureGuardFixer.AddGuardKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2001").WithLocation(0).WithArguments("The loop calls DialAsync again", AnySixXx));

        // Once 6xx is guarded, SIP2005 judges what is left: the same number re-dialled after 503 on a fixed 5 s.
        test.FixedState.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2005").WithSpan(11, 30, 11, 53).WithMessage(
            "The loop calls DialAsync again to the same target after 404 Not Found, 413 Request Entity Too Large, 480 Temporarily Unavailable, 486 Busy Here, 500 Server Internal Error, 503 Service Unavailable without reading Retry-After (RFC 3261 sections 20.33 and 21.5.4); wait as long as it says, or try another server"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Pjsua2_redial_loop_that_only_stops_on_OK()
    {
        const string source = """
            using System.Threading.Tasks;
            using pjsua2;

            class Softphone
            {
                private readonly Call _call = new Call(new Account());

                async Task<CallInfo> WaitForDisconnectAsync() { await Task.Yield(); return _call.getInfo(); }

                async Task RedialAsync(string uri)
                {
                    while (true)
                    {
                        {|#0:_call.makeCall(uri, new CallOpParam(true))|};
                        var ci = await WaitForDisconnectAsync();
                        if (ci.lastStatusCode == pjsip_status_code.PJSIP_SC_OK)
                        {
                            break;
                        }
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP2001").WithLocation(0).WithArguments("The loop calls makeCall again", AnySixXx));
    }

    [Fact]
    public async Task Switch_section_merging_486_with_600_retries_after_600_without_a_fix()
    {
        const string source = """
            using System.Threading.Tasks;
            using Acme.Dialer;
            using SIPSorcery.SIP;

            class BusyRetry
            {
                async Task<bool> CallUntilFreeAsync(SipTrunk trunk, string number)
                {
                    while (true)
                    {
                        var resp = await trunk.SendInviteAsync("gw1", number);
                        switch (resp.Status)
                        {
                            case SIPResponseStatusCodesEnum.Ok:
                                return true;
                            case SIPResponseStatusCodesEnum.BusyHere:
                            case SIPResponseStatusCodesEnum.BusyEverywhere:
                                await Task.Delay(30000);
                                {|#0:continue;|}
                            default:
                                return false;
                        }
                    }
                }
            }
            """ + Trunk;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP2001").WithLocation(0).WithArguments(
            "This continue moves on to the next target", "600 Busy Everywhere"));
    }

    [Fact]
    public async Task Goto_retry_recursion_and_a_failure_handler_are_retries_too()
    {
        const string source = """
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;
            using SIPSorcery.SIP.App;

            class Retries
            {
                async Task<bool> WithGotoAsync(SipTrunk trunk, string number)
                {
                    var attempts = 0;
                retry:
                    var resp = await trunk.SendInviteAsync("gw1", number);
                    if (resp.StatusCode != (int)SipStatusCode.Ok && attempts++ < 3)
                        {|#0:goto retry;|}
                    return resp.StatusCode == (int)SipStatusCode.Ok;
                }

                async Task<bool> RecursiveAsync(SipTrunk trunk, string number, int attempt)
                {
                    var resp = await trunk.SendInviteAsync("gw1", number);
                    if (SipStatus.IsSuccess(resp.StatusCode))
                        return true;
                    if (attempt < 3)
                        return await {|#1:RecursiveAsync(trunk, number, attempt + 1)|};
                    return false;
                }

                void Subscribe(SIPUserAgent ua, string backup)
                {
                    ua.ClientCallFailed += async (uac, error, resp) =>
                    {
                        if (resp != null && !SipStatus.IsSuccess(resp.StatusCode))
                            await {|#2:ua.Call(backup, null, null, null)|};
                    };
                }
            }
            """ + Trunk;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2001").WithLocation(0).WithArguments("This goto sends again", AnySixXx),
            SipTest.Diagnostic("SIP2001").WithLocation(1).WithArguments("This call to RecursiveAsync sends again", AnySixXx),
            SipTest.Diagnostic("SIP2001").WithLocation(2).WithArguments("This call to Call sends again (the stack raises ClientCallFailed on every failure)", AnySixXx));
    }

    [Fact]
    public async Task Partial_guard_names_the_6xx_codes_still_reaching_the_retry()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Acme.Dialer;
            using SIPSorcery.SIP;

            class PartialGuard
            {
                async Task<bool> ConnectAsync(SipTrunk trunk, IEnumerable<string> trunks, string number)
                {
                    foreach (var route in trunks)
                    {
                        var resp = await trunk.SendInviteAsync(route, number);
                        if (resp.Status == SIPResponseStatusCodesEnum.Ok) return true;
                        if (resp.Status == SIPResponseStatusCodesEnum.Decline || resp.Status == SIPResponseStatusCodesEnum.BusyEverywhere) return false;
                        {|#0:continue;|}
                    }

                    return false;
                }
            }
            """ + Trunk;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP2001").WithLocation(0).WithArguments(
            "This continue moves on to the next target", "604 Does Not Exist Anywhere, 606 Not Acceptable, 607 Unwanted, 608 Rejected"));
    }

    [Fact]
    public async Task Fix_all_guards_every_loop_in_the_document()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;

            class Campaign
            {
                async Task FirstAsync(SipTrunk trunk, List<string> gateways)
                {
                    foreach (var gateway in gateways)
                    {
                        var resp = await trunk.SendInviteAsync(gateway, "1001");
                        if (!SipStatus.IsSuccess(resp.StatusCode))
                        {
                            {|#0:continue;|}
                        }

                        return;
                    }
                }

                async Task SecondAsync(SipTrunk trunk, List<string> gateways)
                {
                    foreach (var gateway in gateways)
                    {
                        var resp = await trunk.SendInviteAsync(gateway, "1002");
                        if (!SipStatus.IsSuccess(resp.StatusCode))
                        {
                            {|#1:continue;|}
                        }

                        return;
                    }
                }
            }
            """ + Trunk;
        var fixedSource = source.Replace("{|#0:continue;|}", "if (SipStatus.IsGlobalFailure(resp.StatusCode))\n                    break;\n                continue;")
            .Replace("{|#1:continue;|}", "if (SipStatus.IsGlobalFailure(resp.StatusCode))\n                    break;\n                continue;");
        var test = new SipTest(source).WithFix(fixedSource, SIP2001_GlobalFailureGuardFixer.AddGuardKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2001").WithLocation(0).WithArguments("This continue moves on to the next target", AnySixXx));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2001").WithLocation(1).WithArguments("This continue moves on to the next target", AnySixXx));
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Stays_silent_on_correct_retry_patterns()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;
            using SIPSorcery.SIP;

            class CorrectRetries
            {
                // A 6xx guard before the failover.
                async Task<bool> GuardedAsync(SipTrunk trunk, List<string> gateways, string number)
                {
                    foreach (var gateway in gateways)
                    {
                        var resp = await trunk.SendInviteAsync(gateway, number);
                        if (SipStatus.IsSuccess(resp.StatusCode)) return true;
                        if (SipStatus.IsGlobalFailure(resp.StatusCode)) return false;
                    }

                    return false;
                }

                // 3xx: retry at the new target (RFC 3261 section 8.1.3.4).
                async Task<bool> RedirectAsync(SipTrunk trunk, string target)
                {
                    for (var hops = 0; hops < 5; hops++)
                    {
                        var resp = await trunk.SendInviteAsync(target, "1001");
                        if (SipStatus.IsRedirection(resp.StatusCode))
                        {
                            target = resp.ReasonPhrase;
                            continue;
                        }

                        return SipStatus.IsSuccess(resp.StatusCode);
                    }

                    return false;
                }

                // 503 to an alternate server; other failures stop.
                async Task<bool> AlternateServerAsync(SipTrunk trunk, List<string> servers)
                {
                    foreach (var server in servers)
                    {
                        var resp = await trunk.SendInviteAsync(server, "1001");
                        if (resp.Status == SIPResponseStatusCodesEnum.ServiceUnavailable) continue;
                        return SipStatus.IsSuccess(resp.StatusCode);
                    }

                    return false;
                }

                // 600/603 retried later, honouring Retry-After (RFC 3261 section 20.33).
                async Task RetryAfterAsync(SipTrunk trunk, string number)
                {
                    while (true)
                    {
                        var resp = await trunk.SendInviteAsync("gw1", number);
                        if (resp.Status == SIPResponseStatusCodesEnum.BusyEverywhere || resp.Status == SIPResponseStatusCodesEnum.Decline)
                        {
                            var retryAfter = resp.Header.Expires;
                            await Task.Delay(retryAfter * 1000);
                            continue;
                        }

                        return;
                    }
                }

                // A campaign dialer calls a different person each round.
                async Task CampaignAsync(SipTrunk trunk, List<string> leads)
                {
                    foreach (var lead in leads)
                    {
                        var resp = await trunk.SendInviteAsync("gw1", lead);
                        if (!SipStatus.IsSuccess(resp.StatusCode)) continue;
                    }
                }

                // A REGISTER refresh loop that reports a failure instead of repeating it; an in-dialog re-INVITE.
                async Task KeepRegisteredAsync(SipTrunk trunk)
                {
                    while (true)
                    {
                        var resp = await trunk.SendRegisterAsync("sip:registrar.example.com");
                        if (!SipStatus.IsSuccess(resp.StatusCode)) return;
                        await Task.Delay(3000000);
                    }
                }

                async Task RefreshSessionAsync(SipTrunk trunk, string offer)
                {
                    for (var i = 0; i < 3; i++)
                    {
                        var resp = await trunk.SendReInviteAsync(offer);
                        if (SipStatus.IsSuccess(resp.StatusCode)) return;
                    }
                }

                // No status is tested: a bool result says nothing about a 6xx.
                async Task<bool> BoolResultAsync(SipTrunk trunk, List<string> gateways)
                {
                    foreach (var gateway in gateways)
                    {
                        if (await trunk.CallAsync(gateway)) return true;
                    }

                    return false;
                }

                // Loops that do not send, and timers.
                int CountFailures(List<SIPResponse> responses)
                {
                    var failures = 0;
                    foreach (var resp in responses)
                    {
                        if (SipStatus.IsSuccess(resp.StatusCode)) continue;
                        failures++;
                    }

                    return failures;
                }
            }
            """ + Trunk;
        await SipTest.VerifyAsync(source);
    }
}

/// <summary>SIP2001 on resilience-library retry predicates (Polly v7 and v8 shapes, declared here).</summary>
public class GlobalFailureRetryPolicyTests
{
    private const string Polly = PollyStubs.Source;

    [Fact]
    public async Task Retry_policy_predicates_that_accept_a_6xx_are_reported()
    {
        const string source = """
            using System;
            using Polly;
            using Sip;
            using SIPSorcery.SIP;

            class Policies
            {
                object V7() => Policy.HandleResult<SIPResponse>({|#0:r => SipStatus.IsFailure(r.StatusCode)|})
                    .WaitAndRetryAsync(3, n => TimeSpan.FromSeconds(n));

                RetryStrategyOptions<SIPResponse> V8() => new RetryStrategyOptions<SIPResponse>
                {
                    ShouldHandle = new PredicateBuilder<SIPResponse>().HandleResult({|#1:r => !SipStatus.IsSuccess(r.StatusCode)|}),
                    MaxRetryAttempts = 3,
                };

                // Silent: the predicate excludes 6xx, or the policy is not a retry.
                object Guarded() => Policy.HandleResult<SIPResponse>(r => SipStatus.IsServerFailure(r.StatusCode))
                    .WaitAndRetryAsync(3, n => TimeSpan.FromSeconds(n));

                object Breaker() => Policy.HandleResult<SIPResponse>(r => r.StatusCode >= 500)
                    .CircuitBreakerAsync(5, TimeSpan.FromMinutes(1));
            }
            """ + Polly;
        const string Tail = " after any 6xx (600, 603, 604, 606, 607, 608): a 6xx Global Failure is definitive, so do not re-dial, fail over or fork (RFC 3261 sections 21.6 and 16.7)";
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2001").WithLocation(0).WithMessage("This retry policy retries" + Tail),
            SipTest.Diagnostic("SIP2001").WithLocation(1).WithMessage("This retry policy retries" + Tail));
    }

    private const string FailoverSource = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Acme.Dialer;
        using Sip;

        class Failover
        {
            async Task<bool> ConnectAsync(SipTrunk trunk, IReadOnlyList<string> gateways, string number)
            {
                foreach (var gateway in gateways)
                {
                    var resp = await trunk.SendInviteAsync(gateway, number);
                    if (SipStatus.IsSuccess(resp.StatusCode)) return true;
                    if (resp.StatusCode == {|SIP1001:486|}) return false;
                    RETRY
                }

                return false;
            }
        }
        """;

    private const string RetryRulesOff = "is_global = true\n"
        + "dotnet_diagnostic.SIP2001.severity = none\ndotnet_diagnostic.SIP2004.severity = none\n"
        + "dotnet_diagnostic.SIP2005.severity = none\ndotnet_diagnostic.SIP2006.severity = none\n";

    [Fact]
    public async Task A_family_whose_rules_are_all_off_is_skipped_and_the_others_still_run()
    {
        // SipAnalyzer does not register the retry family when all four retry rules are off; the literal family runs.
        var test = new SipTest(FailoverSource.Replace("RETRY", "continue;") + DialerStubs.Trunk);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", RetryRulesOff));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_editorconfig_that_turns_one_rule_back_on_keeps_its_family()
    {
        var test = new SipTest(FailoverSource.Replace("RETRY", "{|SIP2001:continue;|}") + DialerStubs.Trunk,
            editorConfig: "dotnet_diagnostic.SIP2001.severity = warning\n");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", RetryRulesOff));
        await test.RunAsync();
    }
}

/// <summary>SIP2001 (GlobalFailureRetry): the RetryShapesTests tests of this rule.</summary>
public partial class RetryShapesTests
{
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

    /// <summary>
    /// A server transaction retransmitting its own non-2xx final response on a timer (RFC 3261 section 17.2.1) sends no
    /// request: not a retry, whatever the response's status (regression: a transaction engine of the corpus).
    /// </summary>
    [Fact]
    public async Task Retransmitting_a_final_response_is_not_a_retry()
    {
        const string source = """
            using System.Threading.Tasks;

            namespace Acme.Sip.Transactions
            {
                public sealed class SipResponseSnapshot { public int StatusCode { get; set; } }

                public sealed class SipServerTransactionEngine
                {
                    public Task TrySendRetransmitSnapshotAsync(SipResponseSnapshot snapshot) => Task.CompletedTask;
                    public void ScheduleInviteFailureRetransmit(int attempt) { }

                    public void OnTimerG(SipResponseSnapshot snapshot, int attempt)
                    {
                        for (var i = 0; i < 7; i++)
                        {
                            if (snapshot.StatusCode < 300)
                            {
                                return;
                            }

                            _ = TrySendRetransmitSnapshotAsync(snapshot);
                            ScheduleInviteFailureRetransmit(attempt + 1);
                        }
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }
}
