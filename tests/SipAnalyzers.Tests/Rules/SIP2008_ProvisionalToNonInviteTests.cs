using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2008 (ProvisionalToNonInvite): the ResponseRulesTests tests of this rule.</summary>
public partial class ResponseRulesTests
{
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

    /// <summary>
    /// A REFER's subscription reports the referred call's progress as sipfrag statuses in its NOTIFYs (RFC 3515 section
    /// 2.4.5): 100 and 180 there answer no REFER (regression: a REFER subscription of the corpus).
    /// </summary>
    [Fact]
    public async Task A_refer_subscription_reporting_sipfrag_progress_stays_silent()
    {
        const string source = """
            namespace Acme.Sip.Dialogs
            {
                public sealed class SipReferSubscription
                {
                    public void ReportTrying() => ReportProgress({|SIP1001:100|}, "Trying");

                    public void ReportRinging() => ReportProgress({|SIP1001:180|}, "Ringing");

                    private void ReportProgress(int statusCode, string reason) { }
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }
}

/// <summary>SIP2008 on a proxy of its own stack relaying what a branch received (the corpus's shape).</summary>
public class ProxyRelayTests
{
    private const string Stack = """

        namespace Lab.Sip
        {
            public class Message
            {
                public int ResponseCode { get; set; }
                public bool Is1XX() => false;
                public bool IsFinal() => false;
            }

            public class Transaction { }

            public class Stack
            {
                public void ReceivedResponse(UserAgent agent, Message response) { }
            }

            public abstract class UserAgent
            {
                public abstract void ReceivedResponse(Transaction transaction, Message response);
                public void SendResponse(Message response) { }
            }
        }
        """;

    [Fact]
    public async Task A_proxy_relaying_every_non_final_response_it_received_forwards_100_Trying()
    {
        const string source = """
            using Lab.Sip;

            public class Proxy : UserAgent
            {
                public Message CancelRequest { get; set; }

                public override void ReceivedResponse(Transaction transaction, Message response)
                {
                    // A test of another message's presence says nothing of this response's status.
                    if (response.Is1XX() && CancelRequest != null)
                    {
                        System.Console.WriteLine("a CANCEL is pending: send it now");
                    }
                    else if (response.IsFinal())
                    {
                        System.Console.WriteLine("final response: the best one is chosen later");
                    }
                    else
                    {
                        SendResponse({|#0:response|});
                    }
                }
            }
            """ + Stack;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP2008").WithLocation(0).WithMessage(
            "This stateful proxy forwards response with 100 Trying among its possible statuses: 100 is hop-by-hop and a stateful proxy never forwards it (RFC 3261 sections 16.7 step 5 and 21.1.1); skip 100 before forwarding"));
    }

    [Fact]
    public async Task A_proxy_that_skips_100_a_stateless_proxy_and_a_user_agent_answering_stay_silent()
    {
        const string source = """
            using Lab.Sip;

            public class Proxy : UserAgent
            {
                public override void ReceivedResponse(Transaction transaction, Message response)
                {
                    if (!response.IsFinal() && response.ResponseCode != (int)Sip.SipStatusCode.Trying)
                    {
                        SendResponse(response);
                    }
                }
            }

            // Forwards every response as it comes (RFC 3261 section 16.11): nothing is held back, 100 included.
            public class StatelessProxy : UserAgent
            {
                public override void ReceivedResponse(Transaction transaction, Message response)
                {
                    if (!response.IsFinal())
                    {
                        SendResponse(response);
                    }
                }
            }

            // A proxy that relays whatever the branch gives it, testing nothing: the transaction layer may have kept 100.
            public class RelayProxy : UserAgent
            {
                public override void ReceivedResponse(Transaction transaction, Message response) => SendResponse(response);
            }

            // Hands each non-final response to its application, not upstream (a false warning found on the corpus).
            public class NotifyingProxy : UserAgent
            {
                public Stack Stack { get; } = new Stack();

                public override void ReceivedResponse(Transaction transaction, Message response)
                {
                    if (!response.IsFinal())
                    {
                        Stack.ReceivedResponse(this, response);
                    }
                }
            }

            public class Phone : UserAgent
            {
                public override void ReceivedResponse(Transaction transaction, Message response)
                {
                    if (!response.Is1XX())
                    {
                        SendResponse(response);
                    }
                }
            }
            """ + Stack;
        await SipTest.VerifyAsync(source);
    }
}
