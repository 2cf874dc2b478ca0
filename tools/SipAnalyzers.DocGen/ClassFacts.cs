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

    public static string FrenchFinality(SipStatusClass statusClass) => statusClass == SipStatusClass.Provisional
        ? "Non : d'autres réponses suivent, et une réponse provisoire n'est jamais acquittée par un ACK (RFC 3261, section 21.1)"
        : statusClass == SipStatusClass.GlobalFailure
            ? "Oui, et définitive pour toutes les localisations de l'appelé (RFC 3261, section 21.6)"
            : "Oui : elle termine la transaction (RFC 3261, section 7.2)";

    public static string FrenchNextStep(SipStatusClass statusClass) => statusClass switch
    {
        SipStatusClass.Provisional => "Continue d'attendre la réponse finale",
        SipStatusClass.Success => "Poursuit ; pour un INVITE, acquitte le 2xx par un ACK (RFC 3261, section 13.2.2.4)",
        SipStatusClass.Redirection => "Peut essayer les adresses Contact fournies (RFC 3261, section 8.1.3.4)",
        SipStatusClass.RequestFailure => "Ne doit pas renvoyer la requête à l'identique (RFC 3261, section 21.4) ; peut la corriger (identifiants, Expires, corps) et réessayer (section 8.1.3.5)",
        SipStatusClass.ServerFailure => "Peut essayer un autre serveur, ou celui-ci après Retry-After (RFC 3261, section 21.5)",
        _ => "S'arrête : ni basculement, ni forking, ni nouvel appel vers cet appelé (RFC 3261, sections 21.6 et 16.7)",
    };
}
