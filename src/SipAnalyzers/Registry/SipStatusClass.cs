namespace SipAnalyzers.Registry
{
    /// <summary>The six response classes of RFC 3261 section 7.2; the value is the first digit.</summary>
    internal enum SipStatusClass
    {
        Provisional = 1,
        Success = 2,
        Redirection = 3,
        RequestFailure = 4,
        ServerFailure = 5,
        GlobalFailure = 6,
    }

    /// <summary>Where a registered code stands in the IANA registry.</summary>
    internal enum SipCodeStanding
    {
        Current,
        Deprecated,
        Renamed,
        Reserved,
        /// <summary>Registered and not deprecated, but best avoided (305 Use Proxy).</summary>
        Legacy,
    }

    internal static class SipStatusClassText
    {
        /// <summary>"4xx Request Failure" and so on, with RFC 3261 section 21's class names.</summary>
        public static string Describe(SipStatusClass statusClass)
        {
            switch (statusClass)
            {
                case SipStatusClass.Provisional: return "1xx Provisional";
                case SipStatusClass.Success: return "2xx Success";
                case SipStatusClass.Redirection: return "3xx Redirection";
                case SipStatusClass.RequestFailure: return "4xx Request Failure";
                case SipStatusClass.ServerFailure: return "5xx Server Failure";
                default: return "6xx Global Failure";
            }
        }

        /// <summary>The <c>SipStatus</c> predicate that tests this class.</summary>
        public static string Predicate(SipStatusClass statusClass) => "Is" + statusClass;

        /// <summary>RFC 3261 section that defines the class.</summary>
        public static string Section(SipStatusClass statusClass) => "21." + (int)statusClass;
    }
}
