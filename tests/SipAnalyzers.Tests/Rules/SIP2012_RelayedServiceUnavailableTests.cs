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
}
