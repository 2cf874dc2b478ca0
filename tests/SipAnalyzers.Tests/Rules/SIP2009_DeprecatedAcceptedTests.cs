using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2009 (DeprecatedAccepted): the ResponseRulesTests tests of this rule.</summary>
public partial class ResponseRulesTests
{
    [Fact]
    public async Task Sip2009_202_to_subscribe_or_refer_becomes_200()
    {
        const string source = """
            using SIPSorcery.SIP;

            class Notifier
            {
                SIPResponse Answer(SIPRequest req)
                {
                    switch (req.Method)
                    {
                        case SIPMethodsEnum.SUBSCRIBE:
                        case SIPMethodsEnum.REFER:
                            return SIPResponse.GetResponse(req, {|#0:SIPResponseStatusCodesEnum.Accepted|}, null);
                        default:
                            return SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Ok, null);
                    }
                }

                SIPResponse OnReferRequest(SIPRequest req) => SIPResponse.GetResponse(req, {|#1:SIPResponseStatusCodesEnum.Accepted|}, null);

                // Silent: a MESSAGE gateway may still answer 202; a client comparing a received 202 is right.
                SIPResponse OnMessage(SIPRequest req) => SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Accepted, null);
                bool Accepted(SIPResponse resp) => resp.Status == SIPResponseStatusCodesEnum.Accepted;
            }
            """;
        const string fixedSource = """
            using SIPSorcery.SIP;

            class Notifier
            {
                SIPResponse Answer(SIPRequest req)
                {
                    switch (req.Method)
                    {
                        case SIPMethodsEnum.SUBSCRIBE:
                        case SIPMethodsEnum.REFER:
                            return SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Ok, null);
                        default:
                            return SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Ok, null);
                    }
                }

                SIPResponse OnReferRequest(SIPRequest req) => SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Ok, null);

                // Silent: a MESSAGE gateway may still answer 202; a client comparing a received 202 is right.
                SIPResponse OnMessage(SIPRequest req) => SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Accepted, null);
                bool Accepted(SIPResponse resp) => resp.Status == SIPResponseStatusCodesEnum.Accepted;
            }
            """;
        var test = new SipTest(source).WithFix(fixedSource, SIP2009_SendOkFixer.UseOkKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2009").WithLocation(0).WithMessage("202 Accepted answers SUBSCRIBE or REFER here; it is deprecated for SUBSCRIBE and REFER (RFC 6665 section 8.3.1, RFC 7647): send 200 OK"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2009").WithLocation(1).WithMessage("202 Accepted answers REFER here; it is deprecated for SUBSCRIBE and REFER (RFC 6665 section 8.3.1, RFC 7647): send 200 OK"));
        await test.RunAsync();
    }

    /// <summary>
    /// A REFER handler that chooses its answer in a local first (<c>var statusCode = accepted ? 202 : 603;</c>), as a
    /// home-grown stack of the corpus does: the 202 is reported where it is written and fixed there. A local written
    /// twice says nothing about the call.
    /// </summary>
    [Fact]
    public async Task A_202_chosen_in_a_local_before_the_answer()
    {
        const string source = """
            namespace Acme.Sip.Dialogs
            {
                public sealed class SipRequest { }

                public sealed class SipReferHandler
                {
                    public void Respond(SipRequest request, int statusCode, string reasonPhrase) { }

                    public void OnRefer(SipRequest request, bool acceptTransfer)
                    {
                        var statusCode = acceptTransfer ? {|#1:202|} : {|#2:603|};
                        Respond(request, {|#0:statusCode|}, acceptTransfer ? "Accepted" : "Decline");
                    }

                    public void OnReferAgain(SipRequest request, bool acceptTransfer)
                    {
                        var statusCode = {|#3:603|};
                        if (acceptTransfer)
                        {
                            statusCode = {|#4:202|};
                        }

                        Respond(request, statusCode, "Decline");
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2009").WithLocation(0).WithLocation(1), // on the argument; the 202 it fixes as additional location
            SipTest.Diagnostic("SIP1001").WithLocation(1),
            SipTest.Diagnostic("SIP1001").WithLocation(2),
            SipTest.Diagnostic("SIP1001").WithLocation(3),
            SipTest.Diagnostic("SIP1001").WithLocation(4));
    }

    /// <summary>The fix changes the 202 where the local is written, keeping its int type.</summary>
    [Fact]
    public async Task A_202_chosen_in_a_local_is_fixed_where_it_is_written()
    {
        const string source = """
            namespace Acme.Sip.Dialogs
            {
                public sealed class SipRequest { }

                public sealed class SipReferHandler
                {
                    public void Respond(SipRequest request, int statusCode) { }

                    public void OnRefer(SipRequest request, bool acceptTransfer)
                    {
                        var statusCode = acceptTransfer ? {|#1:202|} : {|SIP1001:603|};
                        Respond(request, {|#0:statusCode|});
                    }
                }
            }
            """;
        const string fixedSource = """
            using Sip;

            namespace Acme.Sip.Dialogs
            {
                public sealed class SipRequest { }

                public sealed class SipReferHandler
                {
                    public void Respond(SipRequest request, int statusCode) { }

                    public void OnRefer(SipRequest request, bool acceptTransfer)
                    {
                        var statusCode = acceptTransfer ? (int)SipStatusCode.Ok : 603;
                        Respond(request, statusCode);
                    }
                }
            }
            """;
        var test = new SipTest(source).WithFix(fixedSource, SIP2009_SendOkFixer.UseOkKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2009").WithLocation(0).WithLocation(1));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1001").WithLocation(1));
        test.FixedState.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1001").WithSpan(13, 71, 13, 74));
        await test.RunAsync();
    }
}
