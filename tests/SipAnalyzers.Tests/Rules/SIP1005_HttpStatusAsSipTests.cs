using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP1005: HTTP status codes reaching SIP statuses in gateways, and SIP statuses reaching HTTP responses.</summary>
public class SIP1005_HttpStatusAsSipTests
{
    // ASP.NET's StatusCodes lives in Microsoft.AspNetCore.App, which the test references do not include.
    private const string AspNetStatusCodes = """

        namespace Microsoft.AspNetCore.Http
        {
            public static class StatusCodes
            {
                public const int Status404NotFound = 404;
                public const int Status429TooManyRequests = 429;
                public const int Status503ServiceUnavailable = 503;
            }
        }
        """;

    [Fact]
    public async Task Same_meaning_codes_are_fixed_to_the_stacks_member_keeping_the_type()
    {
        const string source = """
            using System.Net;
            using Microsoft.AspNetCore.Http;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;
            class WebRtcGateway
            {
                void Unavailable(SIPServerUserAgent uas) => uas.Reject({|#0:(SIPResponseStatusCodesEnum)HttpStatusCode.ServiceUnavailable|}, null);
                bool IsMissing(SIPResponse resp) => resp.StatusCode == {|#1:(int)HttpStatusCode.NotFound|};
                bool IsMissingToo(SIPResponse resp) => resp.StatusCode == {|#2:StatusCodes.Status404NotFound|};
            }
            """ + AspNetStatusCodes;
        const string fixedSource = """
            using System.Net;
            using Microsoft.AspNetCore.Http;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;
            class WebRtcGateway
            {
                void Unavailable(SIPServerUserAgent uas) => uas.Reject(SIPResponseStatusCodesEnum.ServiceUnavailable, null);
                bool IsMissing(SIPResponse resp) => resp.StatusCode == (int)SIPResponseStatusCodesEnum.NotFound;
                bool IsMissingToo(SIPResponse resp) => resp.StatusCode == (int)SIPResponseStatusCodesEnum.NotFound;
            }
            """ + AspNetStatusCodes;
        var test = new SipTest(source).WithFix(fixedSource, SIP1005_HttpStatusFixer.UseSipMemberKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1005").WithLocation(0).WithMessage(
            "HttpStatusCode.ServiceUnavailable is an HTTP status used as a SIP status; SIP's 503 Service Unavailable means the same: use SIPResponseStatusCodesEnum.ServiceUnavailable"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1005").WithLocation(1).WithMessage(
            "HttpStatusCode.NotFound is an HTTP status used as a SIP status; SIP's 404 Not Found means the same: use (int)SIPResponseStatusCodesEnum.NotFound"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1005").WithLocation(2).WithMessage(
            "StatusCodes.Status404NotFound is an HTTP status used as a SIP status; SIP's 404 Not Found means the same: use (int)SIPResponseStatusCodesEnum.NotFound"));
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Codes_with_another_or_no_SIP_meaning_are_explained_without_a_fix()
    {
        const string source = """
            using System.Net;
            using Microsoft.AspNetCore.Http;
            using pjsua2;
            class PushGateway
            {
                void TooBusy(CallOpParam prm) => prm.statusCode = (pjsip_status_code){|#0:HttpStatusCode.TooManyRequests|};
                void Locked(CallOpParam prm) => prm.statusCode = (pjsip_status_code){|#1:HttpStatusCode.Conflict|};
                void Limited(CallOpParam prm) => prm.statusCode = (pjsip_status_code){|#2:StatusCodes.Status429TooManyRequests|};
            }
            """ + AspNetStatusCodes;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP1005").WithLocation(0).WithMessage(
                "HttpStatusCode.TooManyRequests is HTTP 429, used as a SIP status; in SIP 429 is Provide Referrer Identity (RFC 3892)"),
            SipTest.Diagnostic("SIP1005").WithLocation(1).WithMessage(
                "HttpStatusCode.Conflict is HTTP 409, used as a SIP status; 409 is not a registered SIP status code (an RFC 2543 code (Conflict) that RFC 3261 dropped): a client treats it as 400 Bad Request (RFC 3261 section 8.1.3.2); nearest registered 4xx: 406, 407, 408, 410, 412"),
            SipTest.Diagnostic("SIP1005").WithLocation(2).WithMessage(
                "StatusCodes.Status429TooManyRequests is HTTP 429, used as a SIP status; in SIP 429 is Provide Referrer Identity (RFC 3892)"));
    }

    [Fact]
    public async Task Sip_status_sent_as_an_http_status_is_reported()
    {
        const string source = """
            using System.Net;
            using System.Net.Http;
            using Sip;
            using SIPSorcery.SIP;
            class StatusPage
            {
                HttpResponseMessage Busy() => new HttpResponseMessage((HttpStatusCode){|#0:SIPResponseStatusCodesEnum.BusyHere|});
                void Missing(HttpListenerResponse http) => http.StatusCode = (int){|#1:SipStatusCode.NotFound|};
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP1005").WithLocation(0).WithMessage(
                "SIPResponseStatusCodesEnum.BusyHere (SIP 486 Busy Here) is a SIP status used as an HTTP status; HTTP has no 486"),
            SipTest.Diagnostic("SIP1005").WithLocation(1).WithMessage(
                "SipStatusCode.NotFound (SIP 404 Not Found) is a SIP status used as an HTTP status; HTTP 404 means the same, but name it with HttpStatusCode"));
    }

    [Fact]
    public async Task Http_codes_in_http_code_stay_silent()
    {
        const string source = """
            using System.Net;
            using System.Net.Http;
            using SIPSorcery.SIP;
            class ProvisioningClient
            {
                bool IsMissing(HttpResponseMessage http) => http.StatusCode == HttpStatusCode.NotFound;
                int Conflict() => (int)HttpStatusCode.Conflict;
                void Reply(HttpListenerResponse http) => http.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
                HttpResponseMessage Ok(SIPResponse sip) => new HttpResponseMessage(HttpStatusCode.OK) { ReasonPhrase = sip.ReasonPhrase };
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    /// <summary>
    /// An HTTP client's result whose type does not resolve (a Polly or HTTP package missing), in a SIP project, compared
    /// with HttpStatusCode: the member is a status by its name only, and the HTTP enum says which protocol it is.
    /// </summary>
    [Fact]
    public async Task Unresolved_results_compared_with_http_codes_stay_silent()
    {
        const string source = """
            using System.Net;

            namespace Acme.Sip.Bridge
            {
                public sealed class GvSipCredentialProvider
                {
                    public bool Stale(Missing.CookieResult response) => response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

                    public object Retry(Missing.PolicyBuilder policy) => policy.OrResult(r => r.StatusCode == HttpStatusCode.TooManyRequests);
                }
            }
            """;
        var test = new SipTest(source) { CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None };
        await test.RunAsync();
    }
}
