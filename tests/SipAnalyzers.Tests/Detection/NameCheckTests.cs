using SipAnalyzers.Detection;
using Xunit;

namespace SipAnalyzers.Tests.Detection;

/// <summary>
/// The name pre-checks (<see cref="SipNames.MayBeStatusName"/>, <see cref="RetryNames.IsFailureHandlerName"/>) use
/// <see cref="SipNames.ContainsAscii"/> instead of <c>IndexOf(..., OrdinalIgnoreCase)</c>; on identifiers they must agree.
/// </summary>
public class NameCheckTests
{
    private static readonly string[] Names =
    {
        "StatusCode", "statusCode", "STATUS_CODE", "status", "Status", "SIPResponseStatusCodesEnum", "lastSipStatus", "regStatus",
        "subTermCode", "code", "Code", "Encode", "sip", "Gossip", "SIP", "pjsip_status_code", "OnCallFailed", "ClientCallFailed",
        "HandleRejected", "RegistrationTemporaryFailure", "onCallState", "onRegState", "OnRegstate", "CALLSTATE", "item", "value",
        "x", "", "_", "@status", "[code]", "Stat", "statu", "Fai", "FAIL", "Reject", "rejec", "Überstatus", "ſip", "sıp", "Codé",
        "stAtUsCoDe", "callsta", "regStat", "failfail", "sTaTuS1", "Timeout", "TimeSpan", "milliseconds",
    };

    private static readonly string[] Words = { "status", "code", "sip", "fail", "reject", "callstate", "regstate" };

    [Fact]
    public void ContainsAscii_agrees_with_IndexOf_ignoring_case_on_identifiers()
    {
        foreach (var name in Names)
        {
            foreach (var word in Words)
            {
                // OrdinalIgnoreCase folds a few non-ASCII letters onto ASCII ones ('ſ' onto 'S', 'ı' onto 'I');
                // ContainsAscii does not, which no identifier in a SIP code base will notice.
                var folded = name.Any(c => c > 127 && char.ToUpperInvariant(c) < 128);
                var expected = name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0 && !folded;
                Assert.True(expected == SipNames.ContainsAscii(name, word), $"'{name}' contains '{word}': expected {expected}");
            }
        }
    }

    [Theory]
    [InlineData("StatusCode", true)]
    [InlineData("lastSipStatus", true)]
    [InlineData("subTermCode", true)]
    [InlineData("item", false)]
    [InlineData("milliseconds", false)]
    public void MayBeStatusName(string name, bool expected) => Assert.Equal(expected, SipNames.MayBeStatusName(name));

    [Theory]
    [InlineData("OnCallFailed", true)]
    [InlineData("HandleRejected", true)]
    [InlineData("onCallState", true)]
    [InlineData("onRegState", true)]
    [InlineData("OnIncomingCall", false)]
    [InlineData("Dial", false)]
    public void IsFailureHandlerName(string name, bool expected) => Assert.Equal(expected, RetryNames.IsFailureHandlerName(name));
}
