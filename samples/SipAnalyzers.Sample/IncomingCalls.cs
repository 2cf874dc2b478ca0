using System.Net;
using SIPSorcery.SIP;

namespace SampleDialer;

/// <summary>Answers incoming INVITEs for a small office PBX.</summary>
public sealed class IncomingCalls
{
    private readonly HashSet<string> _busyExtensions = new() { "sip:201@pbx.example.net" };
    private readonly HashSet<string> _blockedCallers = new() { "sip:+15550100@carrier.example.com" };
    private readonly HashSet<string> _unroutable = new() { "sip:999@pbx.example.net" };
    private readonly HttpClient _http = new();

    public SIPResponse Handle(SIPRequest request)
    {
        if (request.Method != SIPMethodsEnum.INVITE)
        {
            return SIPResponse.GetResponse(request, (SIPResponseStatusCodesEnum)405, "Method Not Allowed");
        }

        if (MaintenanceMode)
        {
            // Copied from the web console's handler: 503 means the same in HTTP and SIP (SIP1005, fixable).
            return SIPResponse.GetResponse(request, (SIPResponseStatusCodesEnum)HttpStatusCode.ServiceUnavailable, "Maintenance");
        }

        if (_blockedCallers.Contains(request.Uri))
        {
            // UCMA's DeclineAll: not a registered code; most phones read it as 600 (SIP1003).
            return SIPResponse.GetResponse(request, (SIPResponseStatusCodesEnum)605, "Declined");
        }

        if (_unroutable.Contains(request.Uri))
        {
            // A pjsip-style local error code sent on the wire (SIP1006).
            return SIPResponse.GetResponse(request, (SIPResponseStatusCodesEnum)701, "No route");
        }

        if (_busyExtensions.Contains(request.Uri))
        {
            return SIPResponse.GetResponse(request, (SIPResponseStatusCodesEnum)486, null);
        }

        var response = SIPResponse.GetResponse(request, SIPResponseStatusCodesEnum.Ok, null);
        response.StatusCode = 180;
        return response;
    }

    public bool MaintenanceMode { get; set; }

    public static bool ShouldReport(SIPResponse response)
    {
        switch (response.StatusCode)
        {
            case 487:
                return false; // the caller cancelled
            case 500:
            case 503:
                return true;
            default:
                return response.StatusCode >= 600;
        }
    }

    /// <summary>Checks the web console; its HTTP codes are not SIP codes and stay silent.</summary>
    public async Task<bool> ConsoleIsUpAsync()
    {
        using var reply = await _http.GetAsync("http://127.0.0.1:8080/health");
        return (int)reply.StatusCode == 200;
    }

    public static bool IsValidStatus(int sipStatus) => sipStatus >= 100 && sipStatus < 600;
}
