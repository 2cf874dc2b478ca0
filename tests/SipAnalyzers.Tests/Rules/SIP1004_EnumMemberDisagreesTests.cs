using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Testing;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP1004: status enum members checked against the registry, in source and where a library's member is used.</summary>
public class SIP1004_EnumMemberDisagreesTests
{
    [Fact]
    public async Task SipSharp_shaped_enum_with_Ambiguous_487_is_reported_and_fixed_to_485()
    {
        const string source = """
            namespace SipSharp
            {
                public enum StatusCode
                {
                    Trying = 100,
                    Ringing = 180,
                    OK = 200,
                    BadRequest = 400,
                    NotFound = 404,
                    AddressIncomplete = 484,
                    {|#0:Ambiguous|} = 487, // copied from an old table
                    BusyHere = 486,
                    RequestTerminated = 487,
                }
            }
            """;
        const string fixedSource = """
            namespace SipSharp
            {
                public enum StatusCode
                {
                    Trying = 100,
                    Ringing = 180,
                    OK = 200,
                    BadRequest = 400,
                    NotFound = 404,
                    AddressIncomplete = 484,
                    Ambiguous = 485, // copied from an old table
                    BusyHere = 486,
                    RequestTerminated = 487,
                }
            }
            """;
        var test = new SipTest(source, Stack.None).WithFix(fixedSource, SIP1004_EnumMemberFixer.SetValueKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1004").WithLocation(0).WithMessage(
            "Ambiguous = 487: Ambiguous is 485 (RFC 3261 section 21.4.23); 487 is Request Terminated"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Four_wrong_members_of_real_stacks_are_fixed_together_by_fix_all()
    {
        const string source = """
            namespace Acme.Sip
            {
                public enum SipResponseCode
                {
                    None = 0,
                    Ok = 200,
                    {|#0:AlternativeService|} = 304,
                    Unauthorised = 401,
                    {|#1:SessionIntervalTooSmall|} = 412,
                    BusyHere = 486,
                    {|#2:Ambiguous|} = 487,
                    {|#3:SecurityAgreementRequired|} = 580,
                    Decline = 603,
                }
            }
            """;
        const string fixedSource = """
            namespace Acme.Sip
            {
                public enum SipResponseCode
                {
                    None = 0,
                    Ok = 200,
                    AlternativeService = 380,
                    Unauthorised = 401,
                    SessionIntervalTooSmall = 422,
                    BusyHere = 486,
                    Ambiguous = 485,
                    SecurityAgreementRequired = 494,
                    Decline = 603,
                }
            }
            """;
        var test = new SipTest(source, Stack.None).WithFix(fixedSource, SIP1004_EnumMemberFixer.SetValueKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1004").WithLocation(0).WithMessage(
            "AlternativeService = 304: Alternative Service is 380 (RFC 3261 section 21.3.5); 304 is not a registered SIP status code"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1004").WithLocation(1).WithMessage(
            "SessionIntervalTooSmall = 412: Session Interval Too Small is 422 (RFC 4028 section 6); 412 is Conditional Request Failed"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1004").WithLocation(2).WithMessage(
            "Ambiguous = 487: Ambiguous is 485 (RFC 3261 section 21.4.23); 487 is Request Terminated"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1004").WithLocation(3).WithMessage(
            "SecurityAgreementRequired = 580: Security Agreement Required is 494 (RFC 3329); 580 is Precondition Failure"));
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Unknown_name_on_an_unregistered_value_is_reported_without_a_fix()
    {
        const string source = """
            namespace Acme.Sip
            {
                public enum SipStatusCodes
                {
                    PJSIP_SC_NULL = 0,
                    PJSIP_SC_TRYING = 100,
                    PJSIP_SC_OK = 200,
                    PJSIP_SC_NOT_FOUND = 404,
                    {|#0:PJSIP_SC_CONFLICT|} = 409,
                    PJSIP_SC_BUSY_HERE = 486,
                    PJSIP_SC_VENDOR_BUSY = 486,
                    PJSIP_SC_TSX_TIMEOUT = 408,
                    PJSIP_SC__force_32bit = 0x7FFFFFFF,
                }
            }
            """;
        var test = new SipTest(source, Stack.None);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1004").WithLocation(0).WithMessage(
            "PJSIP_SC_CONFLICT = 409: 409 is not a registered SIP status code (an RFC 2543 code (Conflict) that RFC 3261 dropped): a client treats it as 400 Bad Request (RFC 3261 section 8.1.3.2); nearest registered 4xx: 406, 407, 408, 410, 412"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_correct_enum_shaped_like_SIPSorcerys_with_its_aliases_and_sentinel_is_clean()
    {
        // SIPSorcery's real enum (Ok, Unauthorised, CallLegTransactionDoesNotExist, InternalServerError,
        // UnsupportedCertificate, NotAcceptableAnywhere, None = 0) without its one wrong member.
        var source = StackStubs.SipSorcery.Replace(" AlternativeService = 304,", string.Empty, StringComparison.Ordinal);
        await new SipTest(source, Stack.None).RunAsync();
    }

    [Fact]
    public async Task A_correct_enum_with_pjsip_names_and_both_not_acceptables_is_clean()
    {
        const string source = """
            namespace Acme.Sip
            {
                public enum pjsip_like_status
                {
                    PJSIP_SC_NULL = 0,
                    PJSIP_SC_PROGRESS = 183,
                    PJSIP_SC_OK = 200,
                    PJSIP_SC_NOT_ACCEPTABLE = 406,
                    PJSIP_SC_SESSION_TIMER_TOO_SMALL = 422,
                    PJSIP_SC_CALL_TSX_DOES_NOT_EXIST = 481,
                    PJSIP_AC_AMBIGUOUS = 485,
                    PJSIP_SC_INTERNAL_SERVER_ERROR = 500,
                    PJSIP_SC_DECLINE = 603,
                    PJSIP_SC_NOT_ACCEPTABLE_ANYWHERE = 606,
                    PJSIP_SC_TSX_TRANSPORT_ERROR = PJSIP_SC_INTERNAL_SERVER_ERROR + 3,
                }

                public enum LumiSoftLike { x100_Trying = 100, x437_Unsupported_Certificate = 437, x486_Busy_Here = 486, x606_Not_Acceptable = 606 }
            }
            """;
        await new SipTest(source, Stack.None).RunAsync();
    }

    [Fact]
    public async Task Library_member_used_in_code_is_reported_where_used_and_fixed_to_the_generated_member()
    {
        const string source = """
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;
            class Redirector
            {
                bool IsAlternative(SIPResponse resp) => resp.Status == {|#0:SIPResponseStatusCodesEnum.AlternativeService|};
                bool IsAlternativeCode(SIPResponse resp) => resp.StatusCode == {|#1:(int)SIPResponseStatusCodesEnum.AlternativeService|};
                void Offer(SIPServerUserAgent uas) => uas.Reject({|#2:SIPResponseStatusCodesEnum.AlternativeService|}, null);
            }
            """;
        const string fixedSource = """
            using Sip;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;
            class Redirector
            {
                bool IsAlternative(SIPResponse resp) => resp.Status == (SIPResponseStatusCodesEnum)SipStatusCode.AlternativeService;
                bool IsAlternativeCode(SIPResponse resp) => resp.StatusCode == (int)SipStatusCode.AlternativeService;
                void Offer(SIPServerUserAgent uas) => uas.Reject((SIPResponseStatusCodesEnum)SipStatusCode.AlternativeService, null);
            }
            """;
        var test = new SipTest(source).WithFix(fixedSource, SIP1004_EnumMemberFixer.UseGeneratedKey);
        const string Message = "SIPResponseStatusCodesEnum.AlternativeService is 304: Alternative Service is 380 (RFC 3261 section 21.3.5); 304 is not a registered SIP status code; use ";
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1004").WithLocation(0).WithMessage(Message + "(SIPResponseStatusCodesEnum)SipStatusCode.AlternativeService"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1004").WithLocation(1).WithMessage(Message + "(int)SipStatusCode.AlternativeService"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1004").WithLocation(2).WithMessage(Message + "(SIPResponseStatusCodesEnum)SipStatusCode.AlternativeService"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Pjsip_unregistered_member_used_is_reported_without_a_fix_and_correct_members_are_not()
    {
        const string source = """
            using pjsua2;
            class CallHandler
            {
                bool IsConflict(CallInfo ci) => ci.lastStatusCode == {|#0:pjsip_status_code.PJSIP_SC_CONFLICT|};
                bool IsTimeout(CallInfo ci) => ci.lastStatusCode == pjsip_status_code.PJSIP_SC_TSX_TIMEOUT || ci.lastStatusCode == pjsip_status_code.PJSIP_AC_AMBIGUOUS;
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1004").WithLocation(0).WithMessage(
            "pjsip_status_code.PJSIP_SC_CONFLICT is 409: 409 is not a registered SIP status code (an RFC 2543 code (Conflict) that RFC 3261 dropped): a client treats it as 400 Bad Request (RFC 3261 section 8.1.3.2); nearest registered 4xx: 406, 407, 408, 410, 412"));
    }

    [Fact]
    public async Task Enums_that_are_not_status_enums_are_never_checked()
    {
        const string source = """
            namespace Acme.Sip
            {
                public enum SipTransport { Udp = 0, Tcp = 1, Tls = 2, Ws = 3 }
                public enum SipTimers { T1 = 500, T2 = 4000, T4 = 5000 }
                public enum HttpLikeStatus { Ok = 200, NotModified = 304, Conflict = 409, Teapot = 418 }
            }
            """;
        await new SipTest(source, Stack.None).RunAsync();
    }
}
