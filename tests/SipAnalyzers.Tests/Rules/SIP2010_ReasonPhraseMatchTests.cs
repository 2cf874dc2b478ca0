using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2010: a status matched by its reason phrase or status line instead of its code.</summary>
public class SIP2010_ReasonPhraseMatchTests
{
    [Fact]
    public async Task Phrases_compared_on_responses_are_reported_and_exact_ones_fixed()
    {
        const string source = """
            using pjsua2;
            using SIPSorcery.SIP;

            class Dialer
            {
                bool Busy(SIPResponse resp) => {|#0:resp.ReasonPhrase == "Busy Here"|};
                bool NotDeclined(SIPResponse resp) => {|#1:resp.ReasonPhrase != "Decline"|};
                bool Unavailable(SIPResponse resp) => {|#2:resp.ReasonPhrase.Equals("Temporarily Unavailable")|};
                bool Rejected(CallInfo ci) => {|#3:ci.lastReason.Contains("603")|};
                bool Forbidden(SIPResponse resp) => {|#4:resp.ReasonPhrase.ToLowerInvariant().StartsWith("forbidden")|};
            }
            """;
        const string fixedSource = """
            using pjsua2;
            using SIPSorcery.SIP;

            class Dialer
            {
                bool Busy(SIPResponse resp) => resp.Status == SIPResponseStatusCodesEnum.BusyHere;
                bool NotDeclined(SIPResponse resp) => resp.Status != SIPResponseStatusCodesEnum.Decline;
                bool Unavailable(SIPResponse resp) => resp.Status == SIPResponseStatusCodesEnum.TemporarilyUnavailable;
                bool Rejected(CallInfo ci) => {|#0:ci.lastReason.Contains("603")|};
                bool Forbidden(SIPResponse resp) => {|#1:resp.ReasonPhrase.ToLowerInvariant().StartsWith("forbidden")|};
            }
            """;
        const string Tail = "; the phrase is for humans and may be localized or reworded (RFC 3261 section 7.2): ";
        var test = new SipTest(source).WithFix(fixedSource, SIP2010_ReasonPhraseFixer.CompareStatusKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2010").WithLocation(0).WithMessage("'resp.ReasonPhrase == \"Busy Here\"' matches the reason phrase" + Tail + "compare resp.Status == SIPResponseStatusCodesEnum.BusyHere"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2010").WithLocation(1).WithMessage("'resp.ReasonPhrase != \"Decline\"' matches the reason phrase" + Tail + "compare resp.Status != SIPResponseStatusCodesEnum.Decline"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2010").WithLocation(2).WithMessage("'resp.ReasonPhrase.Equals(\"Temporarily Unavailable\")' matches the reason phrase" + Tail + "compare resp.Status == SIPResponseStatusCodesEnum.TemporarilyUnavailable"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2010").WithLocation(3).WithMessage("'ci.lastReason.Contains(\"603\")' matches the reason phrase" + Tail + "compare ci.lastStatusCode == pjsip_status_code.PJSIP_SC_DECLINE"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2010").WithLocation(4).WithMessage("'resp.ReasonPhrase.ToLowerInvariant().StartsWith(\"forbidden\")' matches the reason phrase" + Tail + "compare the status code instead"));

        // No fix for Contains/StartsWith (they do not say which code): those stay.
        test.FixedState.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2010").WithLocation(0));
        test.FixedState.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2010").WithLocation(1));
        await test.RunAsync();
    }

    [Fact]
    public async Task Other_strings_stay_silent()
    {
        const string source = """
            using System.Net.Http;
            using SIPSorcery.SIP;

            class Logs
            {
                // HTTP reason phrases, a SIP header value, a plain string, a phrase assigned rather than compared.
                bool Http(HttpResponseMessage resp) => resp.ReasonPhrase == "Not Found";
                bool Header(SIPRequest req) => req.Header.ToString().Contains("486");
                bool Text(string line) => line == "Busy Here";
                void Set(SIPResponse resp) => resp.ReasonPhrase = "Busy Here";
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task A_code_the_status_enum_lacks_gets_advice_but_no_fix()
    {
        // SIPSorcery's enum has no member for 607 Unwanted: comparing Status with (int)Sip.SipStatusCode.Unwanted would not compile.
        const string source = """
            using SIPSorcery.SIP;

            class Spam
            {
                bool Unwanted(SIPResponse resp) => {|#0:resp.ReasonPhrase == "Unwanted"|};
            }
            """;
        var test = new SipTest(source).WithFix(source);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2010").WithLocation(0).WithMessage(
            "'resp.ReasonPhrase == \"Unwanted\"' matches the reason phrase; the phrase is for humans and may be localized or reworded (RFC 3261 section 7.2): compare resp.Status with 607 Unwanted"));
        test.FixedState.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2010").WithLocation(0));
        await test.RunAsync();
    }
}
