using Microsoft.CodeAnalysis.Testing;
using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP1002 (RawStatusRange): the StatusRangeTests tests of this rule.</summary>
public partial class StatusRangeTests
{
    [Theory]
    [InlineData("r.StatusCode >= 200 && r.StatusCode < 300", "SipStatus.IsSuccess(r.StatusCode)")]
    [InlineData("r.StatusCode >= 200 && r.StatusCode <= 299", "SipStatus.IsSuccess(r.StatusCode)")]
    [InlineData("r.StatusCode > 199 && r.StatusCode < 300", "SipStatus.IsSuccess(r.StatusCode)")]
    [InlineData("300 > r.StatusCode && 200 <= r.StatusCode", "SipStatus.IsSuccess(r.StatusCode)")]
    [InlineData("r.StatusCode / 100 == 2", "SipStatus.IsSuccess(r.StatusCode)")]
    [InlineData("r.StatusCode is >= 200 and < 300", "SipStatus.IsSuccess(r.StatusCode)")]
    [InlineData("r.StatusCode >= 100 && r.StatusCode < 200", "SipStatus.IsProvisional(r.StatusCode)")]
    [InlineData("r.StatusCode < 200", "SipStatus.IsProvisional(r.StatusCode)")]
    [InlineData("r.StatusCode >= 300 && r.StatusCode <= 399", "SipStatus.IsRedirection(r.StatusCode)")]
    [InlineData("r.StatusCode >= 400 && r.StatusCode < 500", "SipStatus.IsRequestFailure(r.StatusCode)")]
    [InlineData("r.StatusCode / 100 == 5", "SipStatus.IsServerFailure(r.StatusCode)")]
    [InlineData("r.StatusCode >= 600", "SipStatus.IsGlobalFailure(r.StatusCode)")]
    [InlineData("r.StatusCode is >= 600 and <= 699", "SipStatus.IsGlobalFailure(r.StatusCode)")]
    [InlineData("r.StatusCode >= 200", "SipStatus.IsFinal(r.StatusCode)")]
    [InlineData("r.StatusCode > 399", "SipStatus.IsFailure(r.StatusCode)")]
    [InlineData("r.StatusCode < 200 || r.StatusCode >= 300", "!SipStatus.IsSuccess(r.StatusCode)")]
    [InlineData("!(r.StatusCode >= 200 && r.StatusCode < 300)", "!SipStatus.IsSuccess(r.StatusCode)")]
    [InlineData("r.StatusCode < 600", "!SipStatus.IsGlobalFailure(r.StatusCode)")]
    [InlineData("(int)r.Status >= 200 && (int)r.Status < 300", "SipStatus.IsSuccess((int)r.Status)")]
    [InlineData("r.StatusCode >= 300", "SipStatus.IsNonSuccessFinal(r.StatusCode)")]
    [InlineData("r.StatusCode is >= 300 and <= 699", "SipStatus.IsNonSuccessFinal(r.StatusCode)")]
    [InlineData("r.StatusCode >= 100 && r.StatusCode <= 699", "SipStatus.IsValid(r.StatusCode)")]
    [InlineData("r.StatusCode is >= 100 and <= 699", "SipStatus.IsValid(r.StatusCode)")]
    [InlineData("r.StatusCode < 100 || r.StatusCode > 699", "!SipStatus.IsValid(r.StatusCode)")]
    public async Task Class_ranges_become_predicates(string condition, string expected)
    {
        var source = $$"""
            using SIPSorcery.SIP;
            class C
            {
                bool Check(SIPResponse r) => {|SIP1002:{{condition}}|};
            }
            """;
        var fixedSource = $$"""
            using Sip;
            using SIPSorcery.SIP;
            class C
            {
                bool Check(SIPResponse r) => {{expected}};
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1002_StatusClassCheckFixer.EquivalenceKey);
    }
    [Fact]
    public async Task Message_says_what_the_range_tests_and_what_to_use()
    {
        const string source = """
            using SIPSorcery.SIP;
            class C
            {
                bool Answered(SIPResponse resp) => {|#0:resp.StatusCode >= 200 && resp.StatusCode <= 299|};
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1002").WithLocation(0)
            .WithArguments("resp.StatusCode >= 200 && resp.StatusCode <= 299", "2xx Success", "SipStatus.IsSuccess(resp.StatusCode)"));
    }
    [Fact]
    public async Task Parentheses_around_the_range_go_away_and_comments_stay()
    {
        const string source = """
            using SIPSorcery.SIP;
            class C
            {
                bool Check(SIPResponse r)
                {
                    var ok = /* answered */ ({|SIP1002:r.StatusCode >= 200 && r.StatusCode < 300|}) // any 2xx
                        ;
                    return ok;
                }
            }
            """;
        const string fixedSource = """
            using Sip;
            using SIPSorcery.SIP;
            class C
            {
                bool Check(SIPResponse r)
                {
                    var ok = /* answered */ SipStatus.IsSuccess(r.StatusCode) // any 2xx
                        ;
                    return ok;
                }
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1002_StatusClassCheckFixer.EquivalenceKey);
    }
    [Fact]
    public async Task A_range_inside_a_larger_condition_is_fixed_alone()
    {
        const string source = """
            using SIPSorcery.SIP;
            class C
            {
                bool Check(SIPResponse r, bool answeredBefore) => {|SIP1002:r.StatusCode >= 200 && r.StatusCode < 300|} && !answeredBefore;
            }
            """;
        const string fixedSource = """
            using Sip;
            using SIPSorcery.SIP;
            class C
            {
                bool Check(SIPResponse r, bool answeredBefore) => SipStatus.IsSuccess(r.StatusCode) && !answeredBefore;
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1002_StatusClassCheckFixer.EquivalenceKey);
    }
    [Theory]
    [InlineData("code > 100 && code < 200")] // 1xx except 100 Trying: relay logic (RFC 3261 section 16.7 step 5)
    [InlineData("code >= 180 && code <= 183")]
    [InlineData("code < 300")] // provisional or success: no clearer by name
    [InlineData("code >= 500 && code <= 503")]
    public async Task Deliberate_sub_ranges_and_equalities_stay_silent(string condition)
        => await SipTest.VerifyAsync(Wrap(condition), Stack.SipSorcery);
    [Theory]
    [InlineData("code == {|SIP1001:200|} || code == {|SIP1001:202|}")]
    [InlineData("code != {|SIP1001:200|}")]
    public async Task Equalities_are_codes_not_ranges(string condition)
        => await SipTest.VerifyAsync(Wrap(condition), Stack.SipSorcery);
    [Fact]
    public async Task Side_effecting_operands_are_not_rewritten()
    {
        const string source = """
            using SIPSorcery.SIP;
            class C
            {
                SIPResponse Next() => null;
                bool Check() => Next().StatusCode >= 200 && Next().StatusCode < 300;
            }
            """;
        await SipTest.VerifyAsync(source, Stack.SipSorcery);
    }

    /// <summary>
    /// A validity check (100 to 699) in SIP code names a status whatever it was read from (a parsed status line); the
    /// same bounds elsewhere stay silent.
    /// </summary>
    [Fact]
    public async Task Validity_checks_of_parsed_codes_in_sip_code()
    {
        const string source = """
            namespace Acme.Sip.Transfer
            {
                public static class SipFragParser
                {
                    public static int? Parse(string text)
                        => int.TryParse(text, out var code) && {|#0:code is >= 100 and <= 699|} ? code : null;
                }
            }

            namespace Acme.Inventory
            {
                public static class Shelf
                {
                    public static bool Fits(string text) => int.TryParse(text, out var slot) && slot is >= 100 and <= 699;
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1002").WithLocation(0));
    }
}
