using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP1006: numbers outside 100..699 sent as a status or cast into a status enum.</summary>
public class SIP1006_NotAStatusCodeTests
{
    [Fact]
    public async Task Pjsip_local_code_sent_is_an_error_with_its_explanation()
    {
        const string source = """
            using pjsua2;
            class CallHandler
            {
                void Hangup(CallOpParam prm) => prm.statusCode = (pjsip_status_code){|#0:701|};
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1006").WithLocation(0).WithMessage(
            "701 is not a SIP status code: SIP defines the classes 1xx to 6xx only (RFC 3261 section 7.2); pjsip's 7xx are local errors that must never go on the wire"));
    }

    [Fact]
    public async Task Responses_built_or_rejected_with_numbers_outside_the_classes()
    {
        const string source = """
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;
            namespace Acme.Sip
            {
                public class SipCall { public void Reject(int statusCode) { } }

                class Responder
                {
                    SIPResponse Build() => new SIPResponse((SIPResponseStatusCodesEnum){|#0:1000|}, "Oops");
                    void Busy(SipCall call) => call.Reject({|#1:60|});
                    void Fail(SIPResponse resp) { resp.StatusCode = {|#2:999|}; }
                    int StatusCode => {|#3:42|};
                }
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP1006").WithLocation(0).WithMessage(NotACode(1000)),
            SipTest.Diagnostic("SIP1006").WithLocation(1).WithMessage(NotACode(60)),
            SipTest.Diagnostic("SIP1006").WithLocation(2).WithMessage(NotACode(999)),
            SipTest.Diagnostic("SIP1006").WithLocation(3).WithMessage(NotACode(42)));
    }

    [Fact]
    public async Task Stays_silent_on_received_pseudo_codes_sentinels_and_ordinary_numbers()
    {
        const string source = """
            using pjsua2;
            using SIPSorcery.SIP;
            namespace Acme.Sip
            {
                public class SipCall { public void Reject(int statusCode = -1) { } }

                class CallWatcher
                {
                    bool NoResponse(CallInfo ci) => ci.lastStatusCode == (pjsip_status_code)701;
                    bool Unresolvable(int statusCode) => statusCode == 702;
                    string Describe(int statusCode)
                    {
                        switch (statusCode)
                        {
                            case 703: return "send error";
                            default: return statusCode is > 700 and < 800 ? "local" : "remote";
                        }
                    }

                    void Defaults(SIPResponse resp, SipCall call)
                    {
                        resp.StatusCode = 0;
                        call.Reject(-1);
                        var attempts = 3;
                        var timeoutMs = 32000;
                        var port = 5060;
                        System.Console.WriteLine(attempts + timeoutMs + port);
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    private static string NotACode(int value) => value + " is not a SIP status code: SIP defines the classes 1xx to 6xx only (RFC 3261 section 7.2)";
}
