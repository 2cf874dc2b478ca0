using Microsoft.CodeAnalysis;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2007: a 6xx built for a REGISTER (RFC 3261 section 10.3: a registrar MUST NOT generate 6xx). The request is a
    /// REGISTER when a test on the way says so, or when the handler's or its type's name says registrar or registration.
    /// Called by <see cref="ResponseRules"/>.
    /// </summary>
    internal static class SIP2007_RegistrarGlobalFailure
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.RegistrarGlobalFailure,
            title: SipResources.Title(DiagnosticIds.RegistrarGlobalFailure),
            messageFormat: SipResources.Message(DiagnosticIds.RegistrarGlobalFailure),
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.RegistrarGlobalFailure),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RegistrarGlobalFailure));

        public static Diagnostic? Check(ResponseSite site, ISymbol containing)
        {
            if (site.Code < 600 || site.Code > 699)
            {
                return null;
            }

            var methods = RequestMethods.At(site.Call);
            object? why = methods.IsOnly("REGISTER") ? string.Empty
                : methods.IsAny && ResponseRules.NameSaying(containing, "registrar", "register", "registration") is { } handler ? Fragments.HandlesRegistrations(handler)
                : null;
            if (why == null)
            {
                return null;
            }

            var title = SipStatusRegistry.Find(site.Code)?.Title ?? site.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Diagnostic.Create(SIP2007_RegistrarGlobalFailure.Descriptor, site.Location, title, why);
        }
    }
}
