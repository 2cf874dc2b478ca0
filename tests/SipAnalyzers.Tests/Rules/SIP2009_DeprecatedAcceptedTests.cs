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
}
