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
            title: SipResources.Title(DiagnosticIds.GlobalReject),
            messageFormat: SipResources.Message(DiagnosticIds.GlobalReject),
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.GlobalReject),
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
