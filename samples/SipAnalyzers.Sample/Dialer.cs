using SIPSorcery.SIP;
using SIPSorcery.SIP.App;

namespace SampleDialer;

/// <summary>An outbound campaign dialer: tries each gateway in turn until a call is answered.</summary>
public sealed class Dialer
{
    private readonly string[] _gateways = { "sip:gw1.example.net:5060", "sip:gw2.example.net:5060" };
    private readonly SIPUserAgent _agent;

    public Dialer(SIPUserAgent agent) => _agent = agent;

    public async Task<string> DialAsync(string number)
    {
        foreach (var gateway in _gateways)
        {
            var response = await _agent.InviteAsync($"sip:{number}@{gateway}");
            var code = response.StatusCode;

            if (code >= 200 && code < 299)
            {
                return "answered";
            }

            if (code == 486 || code == 600)
            {
                return "busy";
            }

            if (code == 603)
            {
                return "declined";
            }

            if (code >= 300 && code <= 399)
            {
                continue; // a redirect: the next gateway may route it
            }

            await Task.Delay(500); // T1 before the next gateway
        }

        return "failed";
    }

    /// <summary>Sorts final responses for the campaign report.</summary>
    public static string Classify(SIPResponse response) => response.StatusCode switch
    {
        < 200 => "in progress",
        >= 200 and <= 204 => "answered",
        401 or 407 => "authentication",
        408 => "timeout",
        >= 400 and < 500 => "callee problem",
        _ when response.StatusCode / 100 == 5 => "server problem",
        _ => "global failure",
    };
}
