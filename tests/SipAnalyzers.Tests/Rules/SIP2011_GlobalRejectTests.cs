using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2011 (GlobalReject): the ResponseRulesTests tests of this rule.</summary>
public partial class ResponseRulesTests
{
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
