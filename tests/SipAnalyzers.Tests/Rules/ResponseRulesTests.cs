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
        var test = new SipTest(source).WithFix(fixedSource, SIP2009_SendOkFixer.UseOkKey);
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
        var test = new SipTest(source).WithFix(fixedSource, SIP2011_RejectWithBusyHereFixer.UseBusyHereKey);
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

    [Fact]
    public async Task Sip2012_a_downstream_503_relayed_upstream()
    {
        const string source = """
            using SIPSorcery.SIP;

            class B2bua
            {
                // The best downstream answer, relayed as is.
                SIPResponse Relay(SIPRequest upstream, SIPResponse downstream)
                    => SIPResponse.GetResponse(upstream, {|#0:downstream.Status|}, downstream.ReasonPhrase);

                SIPResponse RelayFailure(SIPRequest upstream, SIPResponse downstream)
                {
                    if (Sip.SipStatus.IsFailure(downstream.StatusCode))
                    {
                        return SIPResponse.GetResponse(upstream, {|#1:(SIPResponseStatusCodesEnum)downstream.StatusCode|}, null);
                    }

                    return null;
                }

                // Silent: 503 mapped to 500 first, or excluded on the way.
                SIPResponse Mapped(SIPRequest upstream, SIPResponse downstream)
                {
                    if (downstream.Status == SIPResponseStatusCodesEnum.ServiceUnavailable)
                    {
                        return SIPResponse.GetResponse(upstream, SIPResponseStatusCodesEnum.InternalServerError, null);
                    }

                    return SIPResponse.GetResponse(upstream, downstream.Status, null);
                }

                SIPResponse OnlySuccess(SIPRequest upstream, SIPResponse downstream)
                    => downstream.StatusCode < 300 ? SIPResponse.GetResponse(upstream, downstream.Status, null) : null;
            }
            """;
        const string Tail = "' passes a downstream 503 Service Unavailable upstream as is: a proxy sends 500 instead (RFC 3261 section 16.7 step 6), or upstream elements take a healthy server out of rotation";
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2012").WithLocation(0).WithMessage("'downstream.Status" + Tail),
            SipTest.Diagnostic("SIP2012").WithLocation(1).WithMessage("'(SIPResponseStatusCodesEnum)downstream.StatusCode" + Tail));
    }

    [Fact]
    public async Task Sip2008_provisionals_and_408_to_non_invite_and_a_stateful_proxy_forwarding_100()
    {
        const string source = """
            using Acme.Pbx;
            using SIPSorcery.SIP;

            class Server
            {
                private readonly SipServer _server = new SipServer();

                SIPResponse Answer(SIPRequest req)
                {
                    if (req.Method != SIPMethodsEnum.INVITE)
                    {
                        return SIPResponse.GetResponse(req, {|#0:SIPResponseStatusCodesEnum.Trying|}, null);
                    }

                    return SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Ringing, null);
                }

                void OnOptions(SipRequest request) => _server.Respond(request, {|#1:183|});

                void OnMessage(SipRequest request, bool slow)
                {
                    if (slow)
                    {
                        _server.Respond(request, {|#2:408|});
                    }
                }

                // Silent: provisionals to INVITE; the stack's own timeout handling; a final response to OPTIONS.
                SIPResponse OnInvite(SIPRequest req) => SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Ringing, null);
                void OnTransactionTimeout(SipRequest request) => _server.Respond(request, {|#4:408|});
                void OnOptionsReady(SipRequest request) => _server.Respond(request, {|#5:200|});
            }

            class StatefulProxyCore
            {
                void Forward(SIPResponse response) { }

                void OnResponse(SIPResponse response)
                {
                    if (Sip.SipStatus.IsProvisional(response.StatusCode))
                    {
                        Forward({|#3:response|});
                    }
                }

                // Silent: 100 is dropped first.
                void OnResponseChecked(SIPResponse response)
                {
                    if (response.Status == SIPResponseStatusCodesEnum.Trying)
                    {
                        return;
                    }

                    Forward(response);
                }
            }
            """ + PlainStack;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2008").WithLocation(0).WithMessage("100 Trying is sent to a non-INVITE request here: only INVITE gets provisional responses (RFC 3261 section 8.2.6.1; RFC 4320 section 4.1); send the final response when it is ready"),
            SipTest.Diagnostic("SIP2008").WithLocation(1).WithMessage("183 Session Progress is sent to OPTIONS (OnOptions) here: only INVITE gets provisional responses (RFC 3261 section 8.2.6.1; RFC 4320 section 4.1); send the final response when it is ready"),
            SipTest.Diagnostic("SIP2008").WithLocation(2).WithMessage("408 Request Timeout is sent to MESSAGE (OnMessage) here: a transaction-stateful element must not send 408 to a non-INVITE request (RFC 4320 section 4.2); send no response and let the client's transaction time out"),
            SipTest.Diagnostic("SIP2008").WithLocation(3).WithMessage("This stateful proxy forwards response with 100 Trying among its possible statuses: 100 is hop-by-hop and a stateful proxy never forwards it (RFC 3261 sections 16.7 step 5 and 21.1.1); skip 100 before forwarding"),
            SipTest.Diagnostic("SIP1001").WithLocation(1),
            SipTest.Diagnostic("SIP1001").WithLocation(2),
            SipTest.Diagnostic("SIP1001").WithLocation(4),
            SipTest.Diagnostic("SIP1001").WithLocation(5));
    }

    [Fact]
    public async Task More_shapes_plain_ints_string_methods_initializers_and_async_handlers()
    {
        const string source = """
            using System.Threading.Tasks;
            using Acme.Pbx;
            using pjsua2;

            class PlainServer
            {
                private readonly SipServer _server = new SipServer();

                // SIP2009 with a string method test and a plain int status.
                void Handle(SipRequest request)
                {
                    if (request.Method == "SUBSCRIBE" || request.Method == "REFER")
                    {
                        _server.Respond(request, {|#0:202|});
                    }
                }

                // SIP2012 on a plain int stack, from an async handler.
                async Task RelayAsync(SipRequest upstream, Acme.Pbx.SipResponse downstream)
                {
                    await Task.Yield();
                    _server.Respond(upstream, {|#1:downstream.StatusCode|});
                }
            }

            class Phone
            {
                // SIP2011 on a plain int API and with a pjsua2 initializer.
                void Decline(Acme.Pbx.SipCall call) => call.Reject({|#2:603|});

                void Dismiss(Call call) => call.hangup(new CallOpParam(true) { statusCode = {|#3:pjsip_status_code.PJSIP_SC_DECLINE|} });
            }
            """ + PlainStack + """

            namespace Acme.Pbx
            {
                public sealed class SipResponse
                {
                    public int StatusCode { get; set; }
                }

                public sealed class SipCall
                {
                    public void Reject(int statusCode) { }
                }
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP1001").WithLocation(0),
            SipTest.Diagnostic("SIP2009").WithLocation(0),
            SipTest.Diagnostic("SIP2012").WithLocation(1),
            SipTest.Diagnostic("SIP1001").WithLocation(2),
            SipTest.Diagnostic("SIP2011").WithLocation(2),
            SipTest.Diagnostic("SIP2011").WithLocation(3));
    }
}
