namespace SipAnalyzers.Diagnostics
{
    /// <summary>Rule IDs (fixed by DESIGN.md) and categories.</summary>
    internal static class DiagnosticIds
    {
        public const string RawStatusCode = "SIP1001";
        public const string RawStatusRange = "SIP1002";
        public const string UnregisteredStatusCode = "SIP1003";
        public const string EnumMemberDisagrees = "SIP1004";
        public const string HttpStatusAsSip = "SIP1005";
        public const string NotAStatusCode = "SIP1006";
        public const string GlobalFailureRetry = "SIP2001";
        public const string WrongClassBounds = "SIP2003";
        public const string UnboundedOrUnchangedRetry = "SIP2004";
        public const string RetryIgnoresRetryAfter = "SIP2005";
        public const string IntervalOrGlareRetry = "SIP2006";
        public const string ProvisionalTreatedAsFinal = "SIP2002";
        public const string RegistrarGlobalFailure = "SIP2007";
        public const string ProvisionalToNonInvite = "SIP2008";
        public const string DeprecatedAccepted = "SIP2009";
        public const string ReasonPhraseMatch = "SIP2010";
        public const string GlobalReject = "SIP2011";
        public const string RelayedServiceUnavailable = "SIP2012";
        public const string UnresolvedConfiguration = "SIP9001";
        public const string MalformedConfiguration = "SIP9002";

        public const string StatusCodesCategory = "SipStatusCodes";
        public const string ProtocolCategory = "SipProtocol";
        public const string ConfigurationCategory = "SipConfiguration";

        /// <summary>Help links point at the rule pages in the repository (a test checks every page exists).</summary>
        public const string RepositoryUrl = "https://github.com/SipAnalyzers/SipAnalyzers";
        public const string DocsUrl = RepositoryUrl + "/blob/main/docs/";

        public static string HelpLink(string id) => DocsUrl + "rules/" + id + ".md";

        public static string CodePageLink(int code) => DocsUrl + "codes/" + code + ".md";
    }
}
