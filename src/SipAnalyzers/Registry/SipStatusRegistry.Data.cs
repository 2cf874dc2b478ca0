using System.Collections.Generic;

namespace SipAnalyzers.Registry
{
    // The 75 codes of the IANA "SIP Parameters - Response Codes" registry: the one source of truth.
    // Facts follow ../shared/reference/sip-status-codes.md; the texts are ours. Everything else (the
    // generated enum and its XML docs, diagnostic messages, docs/codes pages, the README table) is
    // derived from this list, and tests fail when a derived file drifts.
    internal static partial class SipStatusRegistry
    {
        private const SipCodeStanding Current = SipCodeStanding.Current;
        private const string Rfc3261 = "RFC 3261";

        private static readonly string[] None = new string[0];

        /// <summary>All 75 codes in ascending order: the 1xx to 3xx below, the 4xx to 6xx in SipStatusRegistry.Failures.cs.</summary>
        private static SipStatusInfo[] CreateAll()
        {
            var all = new List<SipStatusInfo>(CreateProvisionalToRedirection());
            all.AddRange(CreateFailures());
            return all.ToArray();
        }

        private static SipStatusInfo[] CreateProvisionalToRedirection() => new[]
        {
            // ---- 1xx Provisional (RFC 3261 section 21.1) ----
            C(100, "Trying", "Trying", Rfc3261, "21.1.1",
                "The next hop received the request and is working on it. It stops INVITE retransmissions and is hop-by-hop: a stateful proxy never forwards it upstream (section 16.7 step 5), and it is never sent reliably (RFC 3262 section 3).",
                "Right after sending an INVITE, from the first proxy or the callee's user agent, before any ringing.",
                "Nothing to fix: keep waiting for further provisional and final responses. If nothing else arrives, the INVITE transaction times out (Timer B) and is handled as 408.",
                "Not final: never ACK it, never treat it as an answer or a failure.",
                new[] { 180, 183, 600 }, None),
            C(180, "Ringing", "Ringing", Rfc3261, "21.1.2",
                "The callee's user agent is alerting the user. The caller may play local ringback. It is provisional: the call is not answered yet.",
                "While the called phone rings, between the INVITE and the final response; with forking, once per ringing device.",
                "Play ringback (or the early media of a 183) and keep waiting for the final response; do not start the call's media timer or billing.",
                "Not final: keep waiting for a final response.",
                new[] { 183, 100, 200 }, None),
            C(181, "Call Is Being Forwarded", "CallIsBeingForwarded", Rfc3261, "21.1.3",
                "A proxy or the callee is forwarding the call to a different set of destinations.",
                "When the callee has call forwarding active and the call is being redirected by a proxy or a B2BUA.",
                "Informational: show it to the user if useful and keep waiting for the final response.",
                "Not final: keep waiting.",
                new[] { 180, 302 }, None),
            C(182, "Queued", "Queued", Rfc3261, "21.1.4",
                "The callee is temporarily unavailable and the call has been queued rather than rejected. It may be sent several times to update the queue status; a final response follows later.",
                "Calling a contact centre or an ACD queue that holds the call until an agent is free.",
                "Keep waiting; show the queue position if the reason phrase carries it.",
                "Not final: keep waiting; do not give up on a timer shorter than the queue's.",
                new[] { 180, 480 }, None),
            C(183, "Session Progress", "SessionProgress", Rfc3261, "21.1.5",
                "Unclassified call progress, often carrying an SDP answer for early media (announcements, ringback tones from the network). A client treats any unknown 1xx other than 100 as 183 (section 8.1.3.2).",
                "From gateways and carriers that play tones or announcements before the call is answered.",
                "Set up early media from its SDP if present and keep waiting for the final response.",
                "Not final: keep waiting.",
                new[] { 180, 100, 199 }, new[] { "Progress" }),
            C(199, "Early Dialog Terminated", "EarlyDialogTerminated", "RFC 6228", "",
                "A forking proxy or a user agent tells the caller that one early dialog ended before the final response. Still provisional: the call as a whole is not over.",
                "With forked calls, when one of the callee's devices stops ringing while others continue.",
                "Release the resources of that early dialog only (its early media); keep waiting for the final response of the INVITE.",
                "Not final: the INVITE has not failed; keep waiting.",
                new[] { 487, 183 }, None),

            // ---- 2xx Success (RFC 3261 section 21.2) ----
            C(200, "OK", "Ok", Rfc3261, "21.2.1",
                "The request succeeded. For an INVITE the call is answered and the caller must ACK every 2xx end to end (section 13.2.2.4).",
                "The normal final answer: a call answered, a registration accepted, an OPTIONS ping answered.",
                "Proceed. For INVITE, send the ACK and start media; with forking, several 2xx may arrive, each a separate dialog.",
                "Final success: nothing to retry.",
                new[] { 202, 204 }, new[] { "Success" }),
            C(202, "Accepted", "Accepted", "RFC 6665", "8.3.1",
                "Originally (RFC 3265) the request was accepted for processing. Deprecated: a notifier answers SUBSCRIBE with 200, and RFC 7647 extends this to REFER.",
                "From older SUBSCRIBE and REFER implementations; rarely from store-and-forward MESSAGE gateways.",
                "Do not send it for SUBSCRIBE or REFER; send 200. When you receive it, treat it exactly as 200.",
                "Final success: treat as 200.",
                new[] { 200, 204 }, None,
                SipCodeStanding.Deprecated, "Deprecated for SUBSCRIBE by RFC 6665 section 8.3.1 and for REFER through RFC 7647; the IANA registry lists it as Accepted (Deprecated). Receivers treat it as 200."),
            C(204, "No Notification", "NoNotification", "RFC 5839", "",
                "A conditional SUBSCRIBE refreshed the subscription successfully, but no NOTIFY will follow because the state has not changed.",
                "Refreshing a subscription with a Suppress-If-Match entity tag the notifier still holds.",
                "Keep the cached state; do not wait for a NOTIFY.",
                "Final success: nothing to retry.",
                new[] { 200, 202 }, None),

            // ---- 3xx Redirection (RFC 3261 section 21.3) ----
            C(300, "Multiple Choices", "MultipleChoices", Rfc3261, "21.3.1",
                "The address resolves to several locations, listed in Contact; the user agent may try them or let the user choose.",
                "From redirect servers for a user with several registered devices or numbers.",
                "Try the Contact URIs (each at most once, section 8.1.3.4) or present them to the user.",
                "Retry at a new target from Contact, never the same one.",
                new[] { 301, 302, 380 }, None),
            C(301, "Moved Permanently", "MovedPermanently", Rfc3261, "21.3.2",
                "The user is no longer at the Request-URI; the new address is in Contact, and stored addresses should be updated.",
                "When a user or trunk has moved permanently to a new address.",
                "Retry at the Contact URI and update the address book or routing entry.",
                "Retry at the new target; update stored addresses.",
                new[] { 302, 305 }, None),
            C(302, "Moved Temporarily", "MovedTemporarily", Rfc3261, "21.3.3",
                "The user is temporarily at the address in Contact; cache it only as long as Expires says, otherwise use it for this request only.",
                "From redirect servers and call forwarding (follow-me, unconditional forward).",
                "Send a new request to the Contact URI with a new branch; add each URI to the target set only once to avoid loops.",
                "Retry at the new target; do not cache beyond Expires.",
                new[] { 301, 305, 181 }, None),
            C(305, "Use Proxy", "UseProxy", Rfc3261, "21.3.4",
                "This single request must be repeated through the proxy given in Contact. Only user agent servers may generate it.",
                "Rarely; from servers that insist on being reached through a particular proxy.",
                "Repeat this one request via the proxy in Contact; prefer configured outbound proxies over following 305 blindly.",
                "Retry once through the named proxy.",
                new[] { 301, 302 }, None,
                SipCodeStanding.Legacy, "Registered and not deprecated in SIP (HTTP's 305 is deprecated by RFC 7231 section 6.4.5), but best avoided."),
            C(380, "Alternative Service", "AlternativeService", Rfc3261, "21.3.5",
                "The call failed, but alternative services are described in the message body.",
                "From servers that offer a different service (such as voicemail or an emergency service) instead of the call.",
                "Read the body to decide; there is no Contact to retry automatically.",
                "No automatic retry; the body describes the alternatives.",
                new[] { 300, 302 }, None),

        };

        private static SipStatusInfo C(
            int code, string phrase, string member, string rfc, string section,
            string meaning, string when, string resolve, string retry,
            int[] lookAlikes, string[] aliases,
            SipCodeStanding standing = Current, string? standingNote = null)
            => new SipStatusInfo(code, phrase, member, rfc, section, standing, meaning, when, resolve, retry,
                lookAlikes, aliases, standingNote);
    }
}
