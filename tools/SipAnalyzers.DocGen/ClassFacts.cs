using SipAnalyzers.Registry;

namespace SipAnalyzers.DocGen;

/// <summary>
/// What a response class means for the client that receives it, for the comparison pages' key-differences table
/// (RFC 3261 sections 7.2, 8.1.3 and 21). Per class, not per code: the codes' own retry advice is in the registry.
/// </summary>
internal static class ClassFacts
{
    public static string Finality(SipStatusClass statusClass) => statusClass == SipStatusClass.Provisional
        ? "No: more responses follow, and a provisional response is never ACKed (RFC 3261 section 21.1)"
        : statusClass == SipStatusClass.GlobalFailure
            ? "Yes, and definitive for every location of the callee (RFC 3261 section 21.6)"
            : "Yes: it ends the transaction (RFC 3261 section 7.2)";

    public static string NextStep(SipStatusClass statusClass) => statusClass switch
    {
        SipStatusClass.Provisional => "Keeps waiting for the final response",
        SipStatusClass.Success => "Proceeds; for an INVITE, ACKs the 2xx (RFC 3261 section 13.2.2.4)",
        SipStatusClass.Redirection => "May try the Contact addresses given (RFC 3261 section 8.1.3.4)",
        SipStatusClass.RequestFailure => "Should not resend the request unchanged (RFC 3261 section 21.4); may fix it (credentials, Expires, body) and retry (section 8.1.3.5)",
        SipStatusClass.ServerFailure => "May try another server, or this one after Retry-After (RFC 3261 section 21.5)",
        _ => "Stops: no failover, forking or re-dial for this callee (RFC 3261 sections 21.6 and 16.7)",
    };
}
