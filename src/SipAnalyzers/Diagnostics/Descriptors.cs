using Microsoft.CodeAnalysis;
using SipAnalyzers.Rules;

namespace SipAnalyzers.Diagnostics
{
    /// <summary>
    /// Every diagnostic descriptor of the package, in ID order; each lives in its rule's file (<c>Rules/*/SIPxxxx_*.cs</c>).
    /// The docs, the presets, the README table and CI's rule list are derived from this list.
    /// </summary>
    internal static class Descriptors
    {
        /// <summary>
        /// Another message of the same rule: same ID, title, severity, description and help link, its own message format
        /// (a rule whose finding reads differently by case, as the SDK's own analyzers do, keeps each sentence whole).
        /// </summary>
        public static DiagnosticDescriptor Variant(this DiagnosticDescriptor rule, LocalizableString messageFormat)
            => new DiagnosticDescriptor(rule.Id, rule.Title, messageFormat, rule.Category, rule.DefaultSeverity, rule.IsEnabledByDefault,
                rule.Description, rule.HelpLinkUri, System.Linq.Enumerable.ToArray(rule.CustomTags));

        public static readonly DiagnosticDescriptor[] All =
        {
            SIP1001_RawStatusCode.Descriptor,
            SIP1002_RawStatusRange.Descriptor,
            SIP1003_UnregisteredStatusCode.Descriptor,
            SIP1004_EnumMemberDisagrees.Descriptor,
            SIP1005_HttpStatusAsSip.Descriptor,
            SIP1006_NotAStatusCode.Descriptor,
            SIP2001_GlobalFailureRetry.Descriptor,
            SIP2002_ProvisionalTreatedAsFinal.Descriptor,
            SIP2003_WrongClassBounds.Descriptor,
            SIP2004_UnboundedOrUnchangedRetry.Descriptor,
            SIP2005_RetryIgnoresRetryAfter.Descriptor,
            SIP2006_IntervalOrGlareRetry.Descriptor,
            SIP2007_RegistrarGlobalFailure.Descriptor,
            SIP2008_ProvisionalToNonInvite.Descriptor,
            SIP2009_DeprecatedAccepted.Descriptor,
            SIP2010_ReasonPhraseMatch.Descriptor,
            SIP2011_GlobalReject.Descriptor,
            SIP2012_RelayedServiceUnavailable.Descriptor,
            SIP9001_UnresolvedConfiguration.Descriptor,
            SIP9002_MalformedConfiguration.Descriptor,
        };
    }
}
