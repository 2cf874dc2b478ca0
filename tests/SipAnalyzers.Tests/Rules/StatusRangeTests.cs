using Microsoft.CodeAnalysis.Testing;
using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP1002 (raw class ranges) and SIP2003 (wrong class bounds).</summary>
public class StatusRangeTests
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
    [InlineData("code >= 200 && code < 299", "SipStatus.IsSuccess(code)", "misses 299, the last code of 2xx Success")]
    [InlineData("code >= 200 && code <= 300", "SipStatus.IsSuccess(code)", "includes 300, which is 3xx Redirection")]
    [InlineData("code >= 200 && code <= 204", "SipStatus.IsSuccess(code)", "stops at 204")]
    [InlineData("code >= 400 && code < 499", "SipStatus.IsRequestFailure(code)", "misses 499")]
    [InlineData("code >= 199 && code < 300", "SipStatus.IsSuccess(code)", "includes 199")]
    [InlineData("code is >= 600 and <= 606", "SipStatus.IsGlobalFailure(code)", null)]
    public async Task Wrong_bounds_are_widened_to_the_full_class(string condition, string expected, string? problem)
    {
        if (condition.EndsWith("606", StringComparison.Ordinal))
        {
            // 606 is below the highest registered 6xx code (608): a deliberate sub-range, left alone.
            await SipTest.VerifyAsync(Wrap(condition), Stack.SipSorcery);
            return;
        }

        var test = new SipTest(Wrap("{|#0:" + condition + "|}"), Stack.SipSorcery);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2003").WithLocation(0).WithMessage(null));
        await test.RunAsync();
        Assert.NotNull(problem);

        await new SipTest(Wrap("{|SIP2003:" + condition + "|}"), Stack.SipSorcery)
            .WithFix(Wrap(expected).Replace("using SIPSorcery.SIP;", "using Sip;\nusing SIPSorcery.SIP;"), SIP2003_ClassBoundsFixer.EquivalenceKey)
            .RunAsync();
    }

    [Fact]
    public async Task Wrong_bounds_message_explains_the_edge()
    {
        await SipTest.VerifyAsync(Wrap("{|#0:code >= 200 && code < 299|}"), Stack.SipSorcery,
            SipTest.Diagnostic("SIP2003").WithLocation(0).WithArguments(
                "code >= 200 && code < 299", "misses 299, the last code of 2xx Success", "use SipStatus.IsSuccess(code) for 2xx Success"));
    }

    [Theory]
    [InlineData("code < 100 || code >= 600", "code < 100 || code >= 700")]
    [InlineData("code < 100 || code > 599", "code < 100 || code > 699")]
    [InlineData("code >= 100 && code < 600", "code >= 100 && code < 700")]
    public async Task Validity_checks_that_drop_6xx_are_fixed_by_moving_the_bound(string condition, string expected)
    {
        await new SipTest(Wrap("{|SIP2003:" + condition + "|}"), Stack.SipSorcery)
            .WithFix(Wrap(expected), SIP2003_ClassBoundsFixer.EquivalenceKey)
            .RunAsync();
    }

    [Fact]
    public async Task Switch_arm_with_wrong_bounds_is_fixed_in_place()
    {
        const string source = """
            using SIPSorcery.SIP;
            class C
            {
                string Describe(SIPResponse r) => r.StatusCode switch
                {
                    < 200 => "progress",
                    {|SIP2003:>= 200 and < 299|} => "answered",
                    _ => "failed",
                };
            }
            """;
        const string fixedSource = """
            using SIPSorcery.SIP;
            class C
            {
                string Describe(SIPResponse r) => r.StatusCode switch
                {
                    < 200 => "progress",
                    >= 200 and < 300 => "answered",
                    _ => "failed",
                };
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP2003_ClassBoundsFixer.EquivalenceKey);
    }

    [Theory]
    [InlineData("code > 100 && code < 200")] // 1xx except 100 Trying: relay logic (RFC 3261 section 16.7 step 5)
    [InlineData("code >= 180 && code <= 183")]
    [InlineData("code < 100 || code > 699")] // a correct validity check
    [InlineData("code >= 100 && code <= 699")]
    [InlineData("code >= 300")] // 3xx to 6xx has no predicate
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

    [Fact]
    public async Task No_predicate_fix_without_the_generated_types()
    {
        const string source = """
            using SIPSorcery.SIP;
            class C
            {
                bool Check(SIPResponse r) => r.StatusCode >= 200 && r.StatusCode < 300;
                bool Wrong(SIPResponse r) => {|SIP2003:r.StatusCode >= 200 && r.StatusCode < 299|};
            }
            """;
        const string fixedSource = """
            using SIPSorcery.SIP;
            class C
            {
                bool Check(SIPResponse r) => r.StatusCode >= 200 && r.StatusCode < 300;
                bool Wrong(SIPResponse r) => r.StatusCode >= 200 && r.StatusCode < 300;
            }
            """;
        await new SipTest(source, Stack.SipSorcery, generatedTypes: false).WithFix(fixedSource, SIP2003_ClassBoundsFixer.EquivalenceKey).RunAsync();
    }

    private static string Wrap(string condition) => $$"""
        using SIPSorcery.SIP;
        class C
        {
            bool Check(SIPResponse r)
            {
                var code = r.StatusCode;
                return {{condition}};
            }
        }
        """;
}
