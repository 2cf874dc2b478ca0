using SIPSorcery.SIP;
using SIPSorcery.SIP.App;

namespace SampleDialer;

/// <summary>Keeps the dialer registered with the office PBX.</summary>
public sealed class Registration
{
    private const string Registrar = "sip:pbx.example.net";
    private readonly SIPUserAgent _agent;

    public Registration(SIPUserAgent agent) => _agent = agent;

    public async Task<bool> RegisterAsync()
    {
        while (true)
        {
            var response = await _agent.RegisterAsync(Registrar, expires: 60);
            if (response.Status == SIPResponseStatusCodesEnum.Unauthorised)
            {
                continue; // the agent adds the stored credentials: a wrong password loops forever (SIP2004)
            }

            if (response.Status == SIPResponseStatusCodesEnum.IntervalTooBrief)
            {
                continue; // same 60 s again: the registrar said how long in Min-Expires (SIP2006)
            }

            if (response.Status == SIPResponseStatusCodesEnum.ServiceUnavailable)
            {
                await Task.Delay(1000);
                continue; // same registrar after 1 s, whatever Retry-After said (SIP2005)
            }

            return response.Status == SIPResponseStatusCodesEnum.Ok;
        }
    }
}
