using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2007, SIP2009 and SIP2011: responses the code sends, judged against the request they answer.</summary>
public partial class ResponseRulesTests
{
    private const string PlainStack = """

        namespace Acme.Pbx
        {
            public sealed class SipRequest
            {
                public string Method { get; set; }
            }

            public sealed class SipServer
            {
                public void Respond(SipRequest request, int statusCode, string reason = null) { }
            }
        }
        """;
    [Fact]
    public async Task Responses_elsewhere_stay_silent()
    {
        const string source = """
            using SIPSorcery.SIP;

            class Proxy
            {
                // 6xx to an INVITE, 202 to a NOTIFY, a registrar's 403/423: all fine.
                SIPResponse Route(SIPRequest req, bool declined)
                {
                    if (req.Method == SIPMethodsEnum.INVITE && declined)
                    {
                        return SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Decline, null);
                    }

                    if (req.Method == SIPMethodsEnum.REGISTER)
                    {
                        return SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Forbidden, null);
                    }

                    if (req.Method == SIPMethodsEnum.NOTIFY)
                    {
                        return SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Accepted, null);
                    }

                    return SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Ok, null);
                }

                // A registrar knows the method is not REGISTER here.
                SIPResponse OnRegistrarRequest(SIPRequest req)
                {
                    if (req.Method != SIPMethodsEnum.REGISTER)
                    {
                        return SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Decline, null);
                    }

                    return SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Ok, null);
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }
}

