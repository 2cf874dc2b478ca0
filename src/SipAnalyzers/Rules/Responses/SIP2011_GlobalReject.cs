using Microsoft.CodeAnalysis;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2011: an incoming call turned down with 600 or 603 through a user agent's reject, hang-up or answer API. A 6xx
    /// stops a forking proxy from ringing the user's other devices and voicemail (RFC 3261 sections 21.6.1, 21.6.2 and
    /// 16.7 step 5). Fix: 486 Busy Here, in the same enum. Called by <see cref="ResponseRules"/>.
    /// </summary>
    internal static class SIP2011_GlobalReject
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.GlobalReject,
            title: "An incoming call rejected with a global 600/603 where 486 Busy Here fits",
            messageFormat: "{0} rejects the call everywhere: a forking proxy cancels the user's other ringing devices and voicemail (RFC 3261 sections {1} and 16.7 step 5); use 486 Busy Here unless no other end point may answer",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "An incoming call is rejected or hung up with 600 Busy Everywhere or 603 Decline through a user agent's reject, "
                + "hang-up or answer API (a server user agent's Reject, or hangup/answer with the status in an options object). You see it in "
                + "softphones whose reject button sends 603. A 6xx is global (RFC 3261 section 21.6): a forking proxy stops ringing "
                + "the user's other devices and does not try voicemail (section 16.7 step 5); 600 and 603 are meant only when no other "
                + "end point will answer (sections 21.6.1 and 21.6.2). The fix sends 486 Busy Here, which rejects on this device only.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.GlobalReject));

        public static Diagnostic? Check(SipCompilationContext sip, ResponseSite site)
        {
            if ((site.Code != 600 && site.Code != 603) || !site.IsRejectApi)
            {
                return null;
            }

            var info = SipStatusRegistry.Find(site.Code)!;
            return StatusReplacement.Diagnostic(sip, SIP2011_GlobalReject.Descriptor, site.Status, site.ReportAt, 486, info.Title, info.Section);
        }
    }
}
