using Microsoft.CodeAnalysis.Testing;
using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2003 (WrongClassBounds): the StatusRangeTests tests of this rule.</summary>
public partial class StatusRangeTests
{
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
    [InlineData("code < 100 || code >= 600", "!SipStatus.IsValid(code)")]
    [InlineData("code < 100 || code > 599", "!SipStatus.IsValid(code)")]
    [InlineData("code >= 100 && code < 600", "SipStatus.IsValid(code)")]
    public async Task Validity_checks_that_drop_6xx_become_the_validity_predicate(string condition, string expected)
    {
        await new SipTest(Wrap("{|SIP2003:" + condition + "|}"), Stack.SipSorcery)
            .WithFix("using Sip;\n" + Wrap(expected), SIP2003_ClassBoundsFixer.EquivalenceKey)
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
}
