using SIPSorcery.SIP;
using SIPSorcery.SIP.App;

namespace SampleDialer;

/// <summary>The PBX's other duties: registrations, presence subscriptions and the softphone's reject button.</summary>
public sealed class PbxServices
{
    private readonly HashSet<string> _suspendedAccounts = new() { "sip:299@pbx.example.net" };

    public SIPResponse Handle(SIPRequest request)
    {
        switch (request.Method)
        {
            case SIPMethodsEnum.REGISTER:
                // A suspended account "declined everywhere": a registrar must not send a 6xx (SIP2007).
                return _suspendedAccounts.Contains(request.Uri)
                    ? SIPResponse.GetResponse(request, SIPResponseStatusCodesEnum.Decline, "Account suspended")
                    : SIPResponse.GetResponse(request, SIPResponseStatusCodesEnum.Ok, null);
            case SIPMethodsEnum.SUBSCRIBE:
                // Written against RFC 3265: 202 is deprecated for SUBSCRIBE (SIP2009, fixable to 200).
                return SIPResponse.GetResponse(request, SIPResponseStatusCodesEnum.Accepted, null);
            default:
                return SIPResponse.GetResponse(request, SIPResponseStatusCodesEnum.MethodNotAllowed, null);
        }
    }

    /// <summary>The softphone's red button: 603 stops the user's desk phone and voicemail too (SIP2011, fixable to 486).</summary>
    public static void OnRejectClicked(SIPServerUserAgent incomingCall)
        => incomingCall.Reject(SIPResponseStatusCodesEnum.Decline, null);

    /// <summary>Ported from a log parser: keyed on the reason phrase (SIP2010, fixable to a status comparison).</summary>
    public static bool WasBusy(SIPResponse response) => response.ReasonPhrase == "Busy Here";
}

/// <summary>The trunk side of the PBX: it relays answers and watches outgoing calls.</summary>
public sealed class TrunkSide
{
    public int Answered { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Relays the carrier's answer to the extension: a carrier 503 would take the PBX out of rotation (SIP2012).</summary>
    public static SIPResponse Relay(SIPRequest extensionRequest, SIPResponse carrierResponse)
        => SIPResponse.GetResponse(extensionRequest, carrierResponse.Status, carrierResponse.ReasonPhrase);

    /// <summary>OPTIONS keep-alives from the carrier: a provisional is never sent to OPTIONS (SIP2008).</summary>
    public static SIPResponse OnOptions(SIPRequest request) => SIPResponse.GetResponse(request, SIPResponseStatusCodesEnum.Trying, null);

    /// <summary>Every response to an outgoing INVITE: 180 Ringing is counted as a failure here (SIP2002).</summary>
    public void OnInviteResponse(SIPResponse response)
    {
        if (response.Status == SIPResponseStatusCodesEnum.Ok)
        {
            Answered++;
        }
        else
        {
            Failed++;
        }
    }
}
