using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP2012 (RelayedServiceUnavailable): the ResponseRulesTests tests of this rule.</summary>
public partial class ResponseRulesTests
{
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

    /// <summary>
    /// Relaying answers another request. A transaction re-sending its own stored response and a client normalizing the
    /// response it received answer nothing (regressions: a transaction engine and a UAC of the corpus).
    /// </summary>
    [Fact]
    public async Task Own_responses_and_received_ones_are_not_relayed()
    {
        const string source = """
            using System.Threading.Tasks;

            namespace Acme.Sip.Transactions
            {
                public sealed class SipResponse { public int StatusCode { get; set; } public string ReasonPhrase { get; set; } }

                public interface ISipTransport { Task SendResponseAsync(int statusCode, string reasonPhrase); }

                public static class SipProtocol { public static int NormalizeUacResponseStatusCode(int statusCode) => statusCode; }

                public sealed class SipServerTransactionEngine
                {
                    private readonly ISipTransport _transport;

                    public SipServerTransactionEngine(ISipTransport transport) => _transport = transport;

                    public Task SendSnapshotAsync(SipResponse snapshot) => _transport.SendResponseAsync(snapshot.StatusCode, snapshot.ReasonPhrase);

                    public int NormalizeResponseForUac(SipResponse response) => SipProtocol.NormalizeUacResponseStatusCode(response.StatusCode);
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }
}
