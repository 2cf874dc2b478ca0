using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2002: response handlers that send 1xx down a final-response branch.</summary>
public class SIP2002_ProvisionalTreatedAsFinalTests
{
    private const string Transport = """

        namespace Acme.Dialer
        {
            public sealed class SipTransport
            {
                public event System.Action<SIPSorcery.SIP.SIPResponse> ResponseReceived;
                public event System.Action<SIPSorcery.SIP.SIPResponse> FinalResponseReceived;
                public void Raise(SIPSorcery.SIP.SIPResponse r) { ResponseReceived?.Invoke(r); FinalResponseReceived?.Invoke(r); }
            }
        }
        """;

    [Fact]
    public async Task Provisionals_counted_as_answered_or_failed_are_reported()
    {
        const string source = """
            using Acme.Dialer;
            using Sip;
            using SIPSorcery.SIP;

            class CallMonitor
            {
                public int Answered, Failed;

                // Every response of the INVITE arrives here, 100 and 180 included.
                void OnResponse(SIPResponse resp)
                {
                    if ({|#0:resp.StatusCode != (int)SipStatusCode.Ok|})
                    {
                        Failed++;
                    }
                }

                void OnInviteResponse(SIPResponse resp)
                {
                    if ({|#1:resp.Status == SIPResponseStatusCodesEnum.Ok|})
                    {
                        Answered++;
                    }
                    else
                    {
                        Failed++;
                    }
                }

                void Watch(SipTransport transport)
                {
                    transport.ResponseReceived += r =>
                    {
                        if ({|#2:!SipStatus.IsFailure(r.StatusCode)|})
                        {
                            Answered++;
                        }
                    };
                }
            }
            """ + Transport;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2002").WithLocation(0).WithMessage("'resp.StatusCode != (int)SipStatusCode.Ok' also holds for 100 Trying, 180 Ringing, 181 Call Is Being Forwarded, 182 Queued, 183 Session Progress, 199 Early Dialog Terminated, which get here because OnResponse handles responses (its name says so) and nothing shows that it gets only final ones: a provisional response is not final (RFC 3261 sections 21.1 and 13.2.2.1); handle SipStatus.IsProvisional first, then treat the rest as final"),
            SipTest.Diagnostic("SIP2002").WithLocation(1).WithMessage("The else branch of 'resp.Status == SIPResponseStatusCodesEnum.Ok' also runs for 100 Trying, 180 Ringing, 181 Call Is Being Forwarded, 182 Queued, 183 Session Progress, 199 Early Dialog Terminated, which get here because OnInviteResponse handles responses (its name says so) and nothing shows that it gets only final ones: a provisional response is not final (RFC 3261 sections 21.1 and 13.2.2.1); handle SipStatus.IsProvisional first, then treat the rest as final"),
            SipTest.Diagnostic("SIP2002").WithLocation(2).WithMessage("'!SipStatus.IsFailure(r.StatusCode)' also holds for 100 Trying, 180 Ringing, 181 Call Is Being Forwarded, 182 Queued, 183 Session Progress, 199 Early Dialog Terminated, which get here because ResponseReceived handles responses (its name says so) and nothing shows that it gets only final ones: a provisional response is not final (RFC 3261 sections 21.1 and 13.2.2.1); handle SipStatus.IsProvisional first, then treat the rest as final"));
    }

    /// <summary>The stacks' profiles say which events hand over every response and which only final ones.</summary>
    [Fact]
    public async Task Stack_events_are_judged_by_what_their_profile_says_they_deliver()
    {
        const string source = """
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            class CallMonitor
            {
                public int Answered, Failed;

                void Watch(SIPTransport transport, UACInviteTransaction invite, SIPClientUserAgent uac)
                {
                    // Every response the transport receives, provisional ones included.
                    transport.SIPTransportResponseReceived += (local, remote, resp) =>
                    {
                        if ({|#0:resp.StatusCode != {|SIP1001:200|}|})
                        {
                            Failed++;
                        }

                        return System.Threading.Tasks.Task.CompletedTask;
                    };

                    // Final responses only: 'not 200' is a failure here.
                    invite.UACInviteTransactionFinalResponseReceived += (local, remote, resp) =>
                    {
                        if (resp.StatusCode != {|SIP1001:200|})
                        {
                            Failed++;
                        }

                        return System.Threading.Tasks.Task.FromResult(SocketError.Success);
                    };
                    uac.CallAnswered += (agent, resp) =>
                    {
                        if (resp.StatusCode != {|SIP1001:200|})
                        {
                            Failed++;
                        }
                    };
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP2002").WithLocation(0).WithMessage(
            "'resp.StatusCode != 200' also holds for 100 Trying, 180 Ringing, 181 Call Is Being Forwarded, 182 Queued, 183 Session Progress, 199 Early Dialog Terminated, which get here because the stack's SIPTransportResponseReceived event delivers every response, provisional ones included: a provisional response is not final (RFC 3261 sections 21.1 and 13.2.2.1); handle SipStatus.IsProvisional first, then treat the rest as final"));
    }

    [Fact]
    public async Task Correct_handlers_stay_silent()
    {
        const string source = """
            using Acme.Dialer;
            using Sip;
            using SIPSorcery.SIP;

            class CallMonitor
            {
                public int Answered, Failed, Ringing;

                // Provisionals handled first.
                void OnResponse(SIPResponse resp)
                {
                    if (SipStatus.IsProvisional(resp.StatusCode))
                    {
                        return;
                    }

                    if (resp.StatusCode != (int)SipStatusCode.Ok)
                    {
                        Failed++;
                    }
                }

                // Relay logic over 1xx only; a handler that only sees final responses.
                void OnResponseRelay(SIPResponse resp)
                {
                    if (resp.StatusCode > 100 && resp.StatusCode < 200)
                    {
                        Ringing++;
                    }
                }

                void Watch(SipTransport transport)
                {
                    transport.FinalResponseReceived += r =>
                    {
                        if (r.Status != SIPResponseStatusCodesEnum.Ok)
                        {
                            Failed++;
                        }
                    };
                }

                // Not a response handler by its name.
                bool IsOk(SIPResponse resp) => resp.Status == SIPResponseStatusCodesEnum.Ok;
            }
            """ + Transport;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Plain_int_stacks_and_async_handlers()
    {
        const string source = """
            using System.Threading.Tasks;

            namespace Acme.Softphone
            {
                public sealed class SipResponse
                {
                    public int StatusCode { get; set; }
                }

                class Dialer
                {
                    public bool Connected;

                    // "Got an answer": 100 Trying and 183 count.
                    async Task OnResponseAsync(SipResponse response)
                    {
                        await Task.Yield();
                        if ({|#0:response.StatusCode >= 100 && response.StatusCode < 300|})
                        {
                            Connected = true;
                        }
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP2002").WithLocation(0).WithMessage(
            "'response.StatusCode >= 100 && response.StatusCode < 300' also holds for 100 Trying, 180 Ringing, 181 Call Is Being Forwarded, 182 Queued, 183 Session Progress, 199 Early Dialog Terminated, which get here because OnResponseAsync handles responses (its name says so) and nothing shows that it gets only final ones: a provisional response is not final (RFC 3261 sections 21.1 and 13.2.2.1); handle SipStatus.IsProvisional first, then treat the rest as final"));
    }

    /// <summary>
    /// A chain of == tests is reported once, where its last else takes the provisionals; a proxy's "forward every
    /// provisional but 100" (RFC 3261 section 16.7 step 5) and a chain that ends on its last status test stay silent.
    /// </summary>
    [Fact]
    public async Task Chains_of_equality_tests_are_reported_once()
    {
        const string source = """
            using Sip;
            using SIPSorcery.SIP;

            class Registration
            {
                public int Registered, Failed, Forwarded;

                void OnResponse(SIPResponse resp)
                {
                    if (resp.StatusCode == (int)SipStatusCode.Ok)
                    {
                        Registered++;
                    }
                    else if (resp.StatusCode == (int)SipStatusCode.Unauthorized || resp.StatusCode == (int)SipStatusCode.ProxyAuthenticationRequired)
                    {
                        Registered--;
                    }
                    else if ({|#0:resp.StatusCode == (int)SipStatusCode.Forbidden|})
                    {
                        Failed++;
                    }
                    else
                    {
                        Failed++;
                    }
                }

                void OnProxyResponse(SIPResponse resp)
                {
                    if (SipStatus.IsProvisional(resp.StatusCode) && resp.StatusCode != (int)SipStatusCode.Trying)
                    {
                        Forwarded++;
                    }
                    else if (SipStatus.IsFinal(resp.StatusCode))
                    {
                        Forwarded--;
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP2002").WithLocation(0).WithMessage(
            "The else branch of 'resp.StatusCode == (int)SipStatusCode.Forbidden' also runs for 100 Trying, 180 Ringing, 181 Call Is Being Forwarded, 182 Queued, 183 Session Progress, 199 Early Dialog Terminated, which get here because OnResponse handles responses (its name says so) and nothing shows that it gets only final ones: a provisional response is not final (RFC 3261 sections 21.1 and 13.2.2.1); handle SipStatus.IsProvisional first, then treat the rest as final"));
    }

    [Fact]
    public async Task A_response_parsed_from_the_wire_is_judged_like_a_handler_of_every_response()
    {
        const string source = """
            using SIPSorcery.SIP;

            class WebSocketTransport
            {
                public bool Registered, Failed;

                void OnMessage(string message)
                {
                    var resp = SIPResponse.ParseSIPResponse(message);
                    if (resp.Status == SIPResponseStatusCodesEnum.Ok)
                    {
                        Registered = true;
                    }
                    else if ((int)resp.Status is (int)SIPResponseStatusCodesEnum.Unauthorised or (int)SIPResponseStatusCodesEnum.ProxyAuthenticationRequired)
                    {
                        Registered = false;
                    }
                    else if ({|#0:resp.Status == SIPResponseStatusCodesEnum.Decline|})
                    {
                        Failed = true;
                    }
                    else
                    {
                        Failed = true;
                    }
                }

                // The provisional responses are let through first: silent.
                void OnMessageChecked(string message)
                {
                    var resp = SIPResponse.ParseSIPResponse(message);
                    if (Sip.SipStatus.IsProvisional(resp.StatusCode))
                    {
                        return;
                    }

                    if (resp.Status == SIPResponseStatusCodesEnum.Ok)
                    {
                        Registered = true;
                    }
                    else
                    {
                        Failed = true;
                    }
                }

                // A response built here, not received: silent.
                void Answer(SIPRequest request)
                {
                    var resp = SIPResponse.GetResponse(request, SIPResponseStatusCodesEnum.Ok, null);
                    if (resp.Status == SIPResponseStatusCodesEnum.Ok)
                    {
                        Registered = true;
                    }
                    else
                    {
                        Failed = true;
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP2002").WithLocation(0).WithMessage(
            "The else branch of 'resp.Status == SIPResponseStatusCodesEnum.Decline' also runs for 100 Trying, 180 Ringing, 181 Call Is Being Forwarded, 182 Queued, 183 Session Progress, 199 Early Dialog Terminated, which get here because every response that arrives is parsed here by ParseSIPResponse: a provisional response is not final (RFC 3261 sections 21.1 and 13.2.2.1); handle SipStatus.IsProvisional first, then treat the rest as final"));
    }
}
