using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2007, SIP2009 and SIP2011: responses the code sends, judged against the request they answer.</summary>
public class ResponseRulesTests
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
        var test = new SipTest(source).WithFix(fixedSource, StatusReplacementFixer.UseOkKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2009").WithLocation(0).WithMessage("202 Accepted answers SUBSCRIBE or REFER here; it is deprecated for SUBSCRIBE and REFER (RFC 6665 section 8.3.1, RFC 7647): send 200 OK"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2009").WithLocation(1).WithMessage("202 Accepted answers REFER here; it is deprecated for SUBSCRIBE and REFER (RFC 6665 section 8.3.1, RFC 7647): send 200 OK"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Sip2011_a_global_reject_of_an_incoming_call_becomes_486()
    {
        const string source = """
            using pjsua2;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            class Softphone
            {
                // SIPSorcery: the reject button.
                void OnRejectClicked(SIPServerUserAgent uas) => uas.Reject({|#0:SIPResponseStatusCodesEnum.Decline|}, null, null);

                // pjsua2: hang up a ringing call with a status.
                void Dismiss(Call call)
                {
                    var prm = new CallOpParam(true);
                    prm.statusCode = {|#2:pjsip_status_code.PJSIP_SC_BUSY_EVERYWHERE|};
                    call.hangup({|#1:prm|});
                }

                // Silent: 486 rejects on this device only; a response to another request is not a reject.
                void Busy(SIPServerUserAgent uas) => uas.Reject(SIPResponseStatusCodesEnum.BusyHere, null, null);
            }
            """;
        const string fixedSource = """
            using pjsua2;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            class Softphone
            {
                // SIPSorcery: the reject button.
                void OnRejectClicked(SIPServerUserAgent uas) => uas.Reject(SIPResponseStatusCodesEnum.BusyHere, null, null);

                // pjsua2: hang up a ringing call with a status.
                void Dismiss(Call call)
                {
                    var prm = new CallOpParam(true);
                    prm.statusCode = pjsip_status_code.PJSIP_SC_BUSY_HERE;
                    call.hangup(prm);
                }

                // Silent: 486 rejects on this device only; a response to another request is not a reject.
                void Busy(SIPServerUserAgent uas) => uas.Reject(SIPResponseStatusCodesEnum.BusyHere, null, null);
            }
            """;
        var test = new SipTest(source).WithFix(fixedSource, StatusReplacementFixer.UseBusyHereKey);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2011").WithLocation(0).WithMessage("603 Decline rejects the call everywhere: a forking proxy cancels the user's other ringing devices and voicemail (RFC 3261 sections 21.6.2 and 16.7 step 5); use 486 Busy Here unless no other end point may answer"));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP2011").WithLocation(1).WithLocation(2).WithMessage("600 Busy Everywhere rejects the call everywhere: a forking proxy cancels the user's other ringing devices and voicemail (RFC 3261 sections 21.6.1 and 16.7 step 5); use 486 Busy Here unless no other end point may answer"));
        await test.RunAsync();
    }

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
