using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP1003: unregistered numbers inside 100..699 reaching a status slot.</summary>
public class SIP1003_UnregisteredStatusCodeTests
{
    [Fact]
    public async Task Message_says_how_a_client_treats_it_and_lists_the_nearest_registered_codes()
    {
        const string source = """
            using SIPSorcery.SIP;
            class Dialer
            {
                bool IsOdd(SIPResponse resp) => resp.StatusCode == {|#0:499|};
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1003").WithLocation(0).WithMessage(
            "499 is not a registered SIP status code: a client treats it as 400 Bad Request (RFC 3261 section 8.1.3.2); nearest registered 4xx: 491, 493, 494"));
    }

    [Fact]
    public async Task Vendor_6xx_cast_into_the_stacks_enum_names_its_origin()
    {
        const string source = """
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;
            class IncomingCalls
            {
                void DeclineEverywhere(SIPServerUserAgent uas) => uas.Reject((SIPResponseStatusCodesEnum){|#0:605|}, "Declined");
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1003").WithLocation(0).WithMessage(
            "605 is not a registered SIP status code (a Microsoft UCMA vendor code (DeclineAll); portable code uses 603, 607 or 608): "
            + "a client treats it as 600 Busy Everywhere (RFC 3261 section 8.1.3.2); nearest registered 6xx: 603, 604, 606, 607, 608"));
    }

    [Fact]
    public async Task Rfc2543_codes_in_case_labels_and_pjsua2_casts()
    {
        const string source = """
            using pjsua2;
            using SIPSorcery.SIP;
            class CallHandler
            {
                string Describe(SIPResponse resp)
                {
                    switch (resp.StatusCode)
                    {
                        case {|#0:409|}: return "conflict";
                        default: return "other";
                    }
                }

                void Reject(CallOpParam prm) => prm.statusCode = (pjsip_status_code){|#1:490|};

                int Classify(CallInfo ci) => (int)ci.lastStatusCode switch { {|#2:411|} => 1, _ => 0 };
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP1003").WithLocation(0).WithMessage(
                "409 is not a registered SIP status code (an RFC 2543 code (Conflict) that RFC 3261 dropped): a client treats it as 400 Bad Request (RFC 3261 section 8.1.3.2); nearest registered 4xx: 406, 407, 408, 410, 412"),
            SipTest.Diagnostic("SIP1003").WithLocation(1).WithMessage(
                "490 is not a registered SIP status code (pjsip's Request Updated, never registered): a client treats it as 400 Bad Request (RFC 3261 section 8.1.3.2); nearest registered 4xx: 487, 488, 489, 491, 493"),
            SipTest.Diagnostic("SIP1003").WithLocation(2).WithMessage(
                "411 is not a registered SIP status code (an RFC 2543 code (Length Required) that RFC 3261 dropped): a client treats it as 400 Bad Request (RFC 3261 section 8.1.3.2); nearest registered 4xx: 408, 410, 412, 413, 414"));
    }

    [Fact]
    public async Task Unknown_provisional_is_treated_as_183()
    {
        const string source = """
            using SIPSorcery.SIP;
            class Dialer
            {
                bool IsProgress(SIPResponse resp) => resp.StatusCode == {|#0:150|};
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1003").WithLocation(0).WithMessage(
            "150 is not a registered SIP status code: a client treats it as 183 Session Progress (RFC 3261 section 8.1.3.2)"));
    }

    [Fact]
    public async Task Plain_int_stack_argument_and_return()
    {
        const string source = """
            namespace Acme.Sip
            {
                public class SipCall { public void Reject(int statusCode) { } }

                public class Handler
                {
                    void Refuse(SipCall call) => call.Reject({|SIP1003:499|});
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Stays_silent_on_class_bounds_constants_non_slots_and_http()
    {
        const string source = """
            using System.Net;
            using System.Net.Http;
            using SIPSorcery.SIP;
            class Mixed
            {
                const int VendorBusy = 499;
                bool IsClientError(SIPResponse resp) => resp.StatusCode >= 400 && resp.StatusCode <= 499;
                bool IsTeapot(HttpResponseMessage http) => (int)http.StatusCode == 418;
                int RetryAfterSeconds = 499;
                bool IsUnknown(int code) => code == 0;
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1002").WithSpan(7, 45, 7, 93).WithArguments(
            "resp.StatusCode >= 400 && resp.StatusCode <= 499", "4xx Request Failure", "SipStatus.IsRequestFailure(resp.StatusCode)"));
    }
}
