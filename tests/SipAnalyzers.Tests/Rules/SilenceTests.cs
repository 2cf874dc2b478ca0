using Microsoft.CodeAnalysis.Testing;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>
/// The must-stay-silent corpus: numbers that look like SIP codes but are not status codes, in SIP projects.
/// Every test here runs all analyzers with the SIPSorcery and pjsua2 stubs present and expects nothing.
/// </summary>
public class SilenceTests
{
    [Fact]
    public async Task Http_status_codes_in_a_sip_project()
    {
        const string source = """
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Acme.Sip.Provisioning
            {
                class HttpStatusCodeHolder { public int StatusCode { get; set; } }

                class TrunkApiClient
                {
                    private readonly HttpClient _http = new HttpClient();

                    public async Task<bool> PushConfig(string url)
                    {
                        var response = await _http.GetAsync(url);
                        if ((int)response.StatusCode == 404) return false;
                        if (response.StatusCode == (HttpStatusCode)503) return false;
                        var holder = new HttpStatusCodeHolder { StatusCode = 200 };
                        return (int)response.StatusCode >= 200 && (int)response.StatusCode < 300 && holder.StatusCode == 200;
                    }
                }

                class SipHttpBridge
                {
                    public int HttpStatus { get; set; }
                    public bool Ok() => HttpStatus == 200;
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Rtsp_stun_turn_msrp_and_smtp_codes()
    {
        const string source = """
            namespace Acme.Sip.Media
            {
                class RtspResponse { public int StatusCode { get; set; } }
                class StunErrorCodeAttribute { public int Code { get; set; } }
                class TurnAllocateResponse { public int ErrorCode { get; set; } public int StatusCode { get; set; } }
                class MsrpResponse { public int StatusCode { get; set; } }
                class SmtpReply { public int Code { get; set; } }

                class Media
                {
                    bool A(RtspResponse r) => r.StatusCode == 454 || r.StatusCode == 200 || r.StatusCode >= 400;
                    bool B(StunErrorCodeAttribute e) => e.Code == 438 || e.Code == 401; // stale nonce, unauthorized (STUN)
                    bool C(TurnAllocateResponse t) => t.ErrorCode == 486 || t.StatusCode == 437; // allocation quota, mismatch (TURN)
                    bool D(MsrpResponse m) => m.StatusCode == 408 || m.StatusCode == 200;
                    bool E(SmtpReply s) => s.Code == 250 || s.Code >= 500;
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Timers_expiries_ports_payload_types_and_sizes()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using SIPSorcery.SIP;
            using pjsua2;

            namespace Acme.Sip
            {
                class SipRegistrationAgent
                {
                    public int ExpirySeconds { get; set; } = 600;
                    public int Port = 5060;
                    public const int T1 = 500;
                    private const int DtmfPayloadType = 101;
                    private readonly int _registerExpiry = 3600;

                    public async Task Run(SIPRequest request, OnRegStateParam prm)
                    {
                        request.Header.Expires = 600;
                        request.Header.MaxForwards = 70;
                        await Task.Delay(500);
                        await Task.Delay(TimeSpan.FromMilliseconds(SIPTimings.T1 * 64));
                        var rtcpSenderReport = 200;
                        var rtcpReceiverReport = 201;
                        var width = 640; var height = 480;
                        if (prm.expiration == 600 || prm.status == 0) { }
                        if (_registerExpiry > 300 && ExpirySeconds < 180) { }
                        Console.WriteLine(rtcpSenderReport + rtcpReceiverReport + width + height + Port + DtmfPayloadType);
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Sip_warning_header_codes_and_q850_causes()
    {
        const string source = """
            namespace Acme.Sip
            {
                class SipWarningHeader { public int Code { get; set; } public string Agent { get; set; } }
                class ReasonHeader { public int Cause { get; set; } }

                class Headers
                {
                    bool A(SipWarningHeader w) => w.Code == 305 || w.Code == 399; // Incompatible media format, Miscellaneous warning
                    bool B(ReasonHeader r) => r.Cause == 16 || r.Cause == 17;
                    SipWarningHeader C() => new SipWarningHeader { Code = 301 };
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Enum_definitions_and_constants_are_not_uses()
    {
        const string source = """
            namespace Acme.Sip
            {
                public enum SipCode { Trying = 100, Ringing = 180, Ok = 200, BusyHere = 486, Decline = 603 }

                static class SipCodes
                {
                    public const int BusyHere = 486;
                    public const int StatusCodeBusy = 486;
                    public static readonly int[] Retryable = { 408, 480, 503 };
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Generated_code_is_silent()
    {
        var test = new SipTest("class Empty { }");
        test.TestState.Sources.Add(("/0/Dialer.g.cs", """
            // <auto-generated/>
            using SIPSorcery.SIP;
            class GeneratedDialer
            {
                bool Busy(SIPResponse r) => r.StatusCode == 486 || r.StatusCode >= 200 && r.StatusCode < 299;
            }
            """));
        test.TestState.Sources.Add(("/0/Designer.cs", """
            // <autogenerated />
            using SIPSorcery.SIP;
            class DesignerDialer { bool Busy(SIPResponse r) => r.StatusCode == 600; }
            """));
        test.TestState.Sources.Add(("/0/Attributed.cs", """
            using SIPSorcery.SIP;
            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            class AttributedDialer
            {
                bool Busy(SIPResponse r) => r.StatusCode == 600 || r.StatusCode >= 200 && r.StatusCode < 299;
                class Nested { bool Busy(SIPResponse r) => r.StatusCode == 486; }
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Plain_ints_with_no_sip_meaning_in_a_sip_project()
    {
        const string source = """
            using System.Collections.Generic;
            using SIPSorcery.SIP;

            namespace Acme.Sip
            {
                class CallStatistics
                {
                    public int Code { get; set; }
                    public int Status { get; set; }

                    public int Score(List<int> values, int code, int status)
                    {
                        var total = 0;
                        foreach (var v in values) { if (v == 200) total += 486; }
                        if (code == 404 || status == 500) total++;
                        if (Code == 486 || Status == 603) total--;
                        return total > 600 ? 600 : total;
                    }
                }

                class PortAllocator
                {
                    public int Allocate(int basePort) => basePort + 100;
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Compilation_without_sip_registers_nothing_even_with_the_generated_types()
    {
        const string source = """
            namespace Shop
            {
                class Checkout
                {
                    public int StatusCode { get; set; }
                    public int Status(int code) => code == 404 ? 486 : 200;
                    bool Ok() => StatusCode >= 200 && StatusCode < 299;
                    Sip.SipStatusCode Busy() => (Sip.SipStatusCode)486;
                }
            }
            """;
        await new SipTest(source, Stack.None).RunAsync();
    }

    [Fact]
    public async Task Broken_code_and_error_types_do_not_report()
    {
        const string source = """
            using SIPSorcery.SIP;
            class Broken
            {
                bool A(UnknownResponse r) => r.StatusCode == 486;
                bool B(SIPResponse r) => r.Missing == 600;
                bool C(SIPResponse r) => r.StatusCode == ;
            }
            """;
        var test = new SipTest(source);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        await test.RunAsync();
    }
}
