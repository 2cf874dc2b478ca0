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

        /// <summary>
        /// Where the docs are published: the MSBuild property <c>SipAnalyzersDocsUrl</c> (src/Directory.Build.props),
        /// compiled into this assembly, so publishing elsewhere is a one-line change. Help links point at the rule pages
        /// there (a test checks every page exists; the package carries a copy of the pages).
        /// </summary>
        public static readonly string DocsUrl = ReadDocsUrl();

        private static string ReadDocsUrl()
        {
            foreach (var metadata in typeof(DiagnosticIds).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false))
            {
                if (metadata is System.Reflection.AssemblyMetadataAttribute { Key: "SipAnalyzersDocsUrl", Value: { Length: > 0 } url })
                {
                    return url.EndsWith("/", System.StringComparison.Ordinal) ? url : url + "/";
                }
            }

            return "https://github.com/SipAnalyzers/SipAnalyzers/blob/main/docs/";
        }

        public static string HelpLink(string id) => DocsUrl + "rules/" + id + ".md";

        public static string CodePageLink(int code) => DocsUrl + "codes/" + code + ".md";

        public static string FrenchCodePageLink(int code) => DocsUrl + "fr/codes/" + code + ".md";
    }
}
