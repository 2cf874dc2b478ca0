namespace SipAnalyzers.Tests.Infrastructure;

/// <summary>A dialer's own trunk wrapper over SIPSorcery types, as B2BUAs and test dialers write them (retry-rule tests).</summary>
internal static class DialerStubs
{
    public const string Trunk = """

        namespace Acme.Dialer
        {
            public sealed class SipTrunk
            {
                public System.Threading.Tasks.Task<SIPSorcery.SIP.SIPResponse> SendInviteAsync(string gateway, string number) => null;
                public System.Threading.Tasks.Task<SIPSorcery.SIP.SIPResponse> SendRegisterAsync(string registrar, int expires = 3600) => null;
                public System.Threading.Tasks.Task<SIPSorcery.SIP.SIPResponse> SendReInviteAsync(string offer) => null;
                public System.Threading.Tasks.Task<int> DialAsync(string number) => null;
                public System.Threading.Tasks.Task<bool> CallAsync(string number) => null;
                public string PromptForPassword() => null;
            }
        }
        """;
}
