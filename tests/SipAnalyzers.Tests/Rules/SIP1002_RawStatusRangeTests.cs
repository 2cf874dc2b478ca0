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

    /// <summary>
    /// A range over an <c>int?</c> status (parsed from a REFER NOTIFY's sipfrag) is false for null, and so is its fix:
    /// the predicate reads <c>GetValueOrDefault()</c>, a negated one checks <c>HasValue</c> first.
    /// </summary>
    [Fact]
    public async Task Ranges_over_a_nullable_status_keep_null_false()
    {
        const string source = """
            namespace Acme.Sip.Transfer
            {
                public static class SipReferCompletion
                {
                    internal static int? TryParseSipfragStatus(string body) => null;

                    public static bool? Outcome(string body)
                    {
                        var status = TryParseSipfragStatus(body);
                        if ({|#0:status < 200|})
                        {
                            return null;
                        }

                        return {|#1:status < 200 || status >= 300|} ? false : true;
                    }
                }
            }
            """;
        const string fixedSource = """
            using Sip;

            namespace Acme.Sip.Transfer
            {
                public static class SipReferCompletion
                {
                    internal static int? TryParseSipfragStatus(string body) => null;

                    public static bool? Outcome(string body)
                    {
                        var status = TryParseSipfragStatus(body);
                        if (SipStatus.IsProvisional(status.GetValueOrDefault()))
                        {
                            return null;
                        }

                        return (status.HasValue && !SipStatus.IsSuccess(status.Value)) ? false : true;
                    }
                }
            }
            """;
        var test = new SipTest(source).WithFix(fixedSource, SIP1002_StatusClassCheckFixer.EquivalenceKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1002").WithLocation(0)
            .WithArguments("status < 200", "1xx Provisional", "SipStatus.IsProvisional(status.GetValueOrDefault())"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1002").WithLocation(1)
            .WithArguments("status < 200 || status >= 300", "anything but 2xx Success", "(status.HasValue && !SipStatus.IsSuccess(status.Value))"));
        await test.RunAsync();
    }

    /// <summary>
    /// A range written as consecutive operands of a longer chain (a null check first) is one range, reported once on
    /// its own operands and fixed in place; the chain's other tests and its line breaks stay. A chain whose bounds test
    /// something else (a timeout) stays silent.
    /// </summary>
    [Fact]
    public async Task Ranges_inside_a_longer_chain()
    {
        const string source = """
            namespace Acme.Sip.Transactions
            {
                public sealed class SipResponseSnapshot { public int StatusCode { get; } public int TimeoutMs { get; } }

                public sealed class SipServerTransactionEngine
                {
                    public bool SkipRetransmit(SipResponseSnapshot? snapshot, bool disposed)
                        => snapshot is null
                           || {|#0:snapshot.StatusCode < 300
                           || snapshot.StatusCode > 699|}
                           || disposed;

                    public bool Answered(SipResponseSnapshot? snapshot)
                        => snapshot != null && {|#1:snapshot.StatusCode >= 200 && snapshot.StatusCode < 300|};

                    public bool Quick(SipResponseSnapshot? snapshot)
                        => snapshot != null && snapshot.TimeoutMs >= 200 && snapshot.TimeoutMs < 300;
                }
            }
            """;
        const string fixedSource = """
            using Sip;

            namespace Acme.Sip.Transactions
            {
                public sealed class SipResponseSnapshot { public int StatusCode { get; } public int TimeoutMs { get; } }

                public sealed class SipServerTransactionEngine
                {
                    public bool SkipRetransmit(SipResponseSnapshot? snapshot, bool disposed)
                        => snapshot is null
                           || !SipStatus.IsNonSuccessFinal(snapshot.StatusCode)
                           || disposed;

                    public bool Answered(SipResponseSnapshot? snapshot)
                        => snapshot != null && SipStatus.IsSuccess(snapshot.StatusCode);

                    public bool Quick(SipResponseSnapshot? snapshot)
                        => snapshot != null && snapshot.TimeoutMs >= 200 && snapshot.TimeoutMs < 300;
                }
            }
            """;
        var test = new SipTest(source).WithFix(fixedSource, SIP1002_StatusClassCheckFixer.EquivalenceKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1002").WithLocation(0)
            .WithArguments("snapshot.StatusCode < 300 || snapshot.StatusCode > 699", "anything but a non-2xx final response (3xx to 6xx)", "!SipStatus.IsNonSuccessFinal(snapshot.StatusCode)"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1002").WithLocation(1)
            .WithArguments("snapshot.StatusCode >= 200 && snapshot.StatusCode < 300", "2xx Success", "SipStatus.IsSuccess(snapshot.StatusCode)"));
        await test.RunAsync();
    }
}
