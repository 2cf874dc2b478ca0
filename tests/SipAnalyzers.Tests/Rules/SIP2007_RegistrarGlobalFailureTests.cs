using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2007 (RegistrarGlobalFailure): the ResponseRulesTests tests of this rule.</summary>
public partial class ResponseRulesTests
{
    [Fact]
    public async Task Sip2007_a_registrar_answering_register_with_a_6xx()
    {
        const string source = """
            using Acme.Pbx;
            using SIPSorcery.SIP;

            class Registrar
            {
                SIPResponse OnRequest(SIPRequest req, bool blocked)
                {
                    if (req.Method == SIPMethodsEnum.REGISTER && blocked)
                    {
                        return SIPResponse.GetResponse(req, {|#0:SIPResponseStatusCodesEnum.Decline|}, null);
                    }

                    return SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Ok, null);
                }
            }

            class Location
            {
                private readonly SipServer _server = new SipServer();

                // plain ints and a string method test, guarded by an early return
                void Handle(SipRequest request, bool unknownUser)
                {
                    if (request.Method != "REGISTER")
                    {
                        return;
                    }

                    if (unknownUser)
                    {
                        _server.Respond(request, {|#1:604|});
                    }
                }
            }

            class RegistrarCore
            {
                SIPResponse Reject(SIPRequest req) => SIPResponse.GetResponse(req, {|#2:SIPResponseStatusCodesEnum.BusyEverywhere|}, null);
            }
            """ + PlainStack;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2007").WithLocation(0).WithMessage("A registrar must not answer REGISTER with 603 Decline (RFC 3261 section 10.3): send 403 Forbidden (not allowed to register) or 404 Not Found (unknown user)"),
            SipTest.Diagnostic("SIP2007").WithLocation(1).WithMessage("A registrar must not answer REGISTER with 604 Does Not Exist Anywhere (RFC 3261 section 10.3): send 403 Forbidden (not allowed to register) or 404 Not Found (unknown user)"),
            SipTest.Diagnostic("SIP2007").WithLocation(2).WithMessage("A registrar must not answer REGISTER with 600 Busy Everywhere (RFC 3261 section 10.3): send 403 Forbidden (not allowed to register) or 404 Not Found (unknown user) (RegistrarCore handles registrations)"),
            SipTest.Diagnostic("SIP1001").WithLocation(1));
    }
}
