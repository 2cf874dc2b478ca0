using Microsoft.CodeAnalysis;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2007: a 6xx built for a REGISTER (RFC 3261 section 10.3: a registrar MUST NOT generate 6xx). The request is a
    /// REGISTER when a test on the way says so, or when the handler's or its type's name says registrar or registration.
    /// Called by <see cref="ResponseAnalyzer"/>.
    /// </summary>
    internal static class RegistrarGlobalFailureRule
    {
        public static Diagnostic? Check(ResponseSite site, ISymbol containing)
        {
            if (site.Code < 600 || site.Code > 699)
            {
                return null;
            }

            var methods = RequestMethods.At(site.Call);
            var why = methods.IsOnly("REGISTER") ? string.Empty
                : methods.IsAny && ResponseAnalyzer.NameSaying(containing, "registrar", "register", "registration") is { } handler ? " (" + handler + " handles registrations)"
                : null;
            if (why == null)
            {
                return null;
            }

            var title = SipStatusRegistry.Find(site.Code)?.Title ?? site.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Diagnostic.Create(Descriptors.RegistrarGlobalFailure, site.Location, title, why);
        }
    }
}
