namespace SipAnalyzers.DocGen;

/// <summary>A group of codes developers confuse, with the insight a table of facts cannot give.</summary>
/// <param name="Codes">The codes compared, in the order the page shows them.</param>
/// <param name="Summary">The difference in one paragraph.</param>
/// <param name="Differences">The key differences, as numbered points (RFC sections cited).</param>
/// <param name="WhenToUse">For each code, when to send it (or what to do on receiving it).</param>
/// <param name="Rules">SipAnalyzers rules that check the difference.</param>
public sealed record Comparison(int[] Codes, string Summary, string[] Differences, (int Code, string Use)[] WhenToUse, string[] Rules)
{
    /// <summary>The page's file name without extension: <c>486-vs-600-vs-603</c>.</summary>
    public string Slug => string.Join("-vs-", Codes);

    public bool Covers(int a, int b) => Codes.Contains(a) && Codes.Contains(b);
}

/// <summary>
/// The hand-written comparison pages (the pairs and groups developers confuse most). Every other look-alike pair in the
/// registry gets a page rendered from the registry's facts alone. Facts from <c>shared/reference/sip-status-codes.md</c>;
/// a test checks that every code named here is registered and every rule named here has a page.
/// </summary>
public static class Comparisons
{
    public static readonly Comparison[] Curated =
    {
        // The explainer page this project grew from.
        new(
            new[] { 100, 600 },
            "SIP 100 Trying is a 1xx Provisional response and 600 Busy Everywhere a 6xx Global Failure: 100 says the next hop received the request and is working on it, so more responses will follow; 600 is a final, definitive answer that the callee is busy and that no other end point will answer (RFC 3261 sections 21.1.1 and 21.6.1). Unlike 486 Busy Here, 600 ends the search everywhere.",
            new[]
            {
                "100 is a 1xx Provisional response and 600 a 6xx Global Failure response (RFC 3261 section 7.2).",
                "100 Trying is hop-by-hop: the next hop sends it to stop INVITE retransmissions, a stateful proxy never forwards it upstream (section 16.7 step 5), and it is never ACKed or sent reliably (RFC 3262 section 3).",
                "600 Busy Everywhere is final: the INVITE client transaction ends, the response is ACKed, and a proxy that receives it cancels its other branches and creates no new ones (section 16.7 step 5; section 21.6).",
                "You see 100 immediately after sending an INVITE, before anything is known about the callee; you see 600 after the callee's side has decided, on every device, not to take the call.",
                "Code that treats any response as the answer misreads 100 as final (SIP2002); code that fails over or re-dials on any failure calls again after a 600 (SIP2001). A Retry-After in a 600 is a hint for a later attempt the user chooses, not for automatic retry (section 21.6.1).",
            },
            new[]
            {
                (100, "Never on purpose: the transaction layer sends it. On receiving it, keep waiting for the final response; if it is the last response for long, suspect the network or the proxy, not the callee."),
                (600, "Only when the responder knows the user is busy on every device and nothing else (voicemail) will answer; otherwise 486 Busy Here. On receiving it, stop: no failover, no re-dial, no new branch."),
            },
            new[] { "SIP2002", "SIP2001" }),
        new(
            new[] { 100, 180, 183 },
            "All three are provisional: none of them answers the call and none is ever ACKed (RFC 3261 section 21.1). They differ in who sends them and in what the caller does while waiting.",
            new[]
            {
                "100 Trying is hop-by-hop: the next hop (often the first proxy) sends it to stop INVITE retransmissions. A stateful proxy never forwards it upstream (RFC 3261 section 16.7 step 5) and it is never sent reliably (RFC 3262 section 3).",
                "180 Ringing comes from the callee's user agent while it alerts the user; with forking, one arrives per ringing device. The caller plays local ringback.",
                "183 Session Progress usually carries an SDP answer for early media (network announcements, a ringback tone from the far end): play that media instead of local ringback.",
                "Only provisional responses other than 100 may be sent reliably with PRACK (RFC 3262 section 3) and restart a proxy's timer C (RFC 3261 section 16.7 step 2); 100 does neither.",
                "A client treats an unknown provisional code other than 100 as 183 (RFC 3261 section 8.1.3.2). None of the three is a final answer: code that tests `code >= 100` for \"answered\" or `code != 200` for \"failed\" misreads all of them.",
            },
            new[]
            {
                (100, "Let the INVITE server transaction send it (it must, unless the application answers within 200 ms: RFC 3261 section 17.2.1). Never send a provisional response to a non-INVITE request (RFC 4320 section 4.1)."),
                (180, "Send it when the device starts alerting the user; on receiving it, start local ringback and keep waiting for the final response."),
                (183, "Send it with an SDP body when early media will flow; on receiving it, play the early media and keep waiting."),
            },
            new[] { "SIP1002" }),
        new(
            new[] { 486, 600, 603 },
            "All three turn a call down, but 486 is local (this device is busy; the user may be reachable elsewhere) while 600 and 603 are global (RFC 3261 section 21.6): a proxy that receives one cancels every other branch and creates no new ones (section 16.7 step 5).",
            new[]
            {
                "486 Busy Here is a 4xx: it speaks for this user agent only. Forking, voicemail and call-forward-on-busy carry on (RFC 3261 section 21.4.24).",
                "600 Busy Everywhere may be returned only if the responder knows that no other end point, voicemail included, will answer; otherwise 486 should be used (section 21.6.1).",
                "603 Decline says the user explicitly does not want to take the call, without saying why, and is also returned only when no other end point will answer (section 21.6.2). A softphone that rejects with 603 can stop the user's other devices from ringing.",
                "600 and 603 may carry Retry-After saying when the callee expects to be available (section 20.33): a hint for a later, user-driven attempt, not for automatic failover.",
                "After 600 or 603 a dialer or B2BUA must not fail over to another trunk or gateway for the same callee (SIP2001); after 486 other branches are fine.",
            },
            new[]
            {
                (486, "Rejecting an incoming call because this device is busy or the user pressed reject: the right default."),
                (600, "Only when the responder knows the user is busy on every device and nothing else (voicemail) will answer."),
                (603, "Only when the user declines on purpose and no other end point should ring. Microsoft's UCMA documentation calls this rare and recommends 486."),
            },
            new[] { "SIP2001" }),
        new(
            new[] { 488, 606 },
            "Both reject the offered session description (codecs, media types, transport). 488 speaks for this user agent; 606 is the global version: no device of the user will accept that session (RFC 3261 section 21.6.4).",
            new[]
            {
                "488 Not Acceptable Here (RFC 3261 section 21.4.26): the same offer may succeed at another branch or device.",
                "606 Not Acceptable (section 21.6.4): the user was reached, but the session description is unacceptable everywhere; a proxy stops forking (section 16.7 step 5).",
                "Both may carry a Warning header that says what was wrong (section 20.43): read it before building a new offer.",
                "Retrying with a different offer is allowed after either (SIP2001 stays silent on a 606 retry that changes the offer); sending the same offer again is not.",
                "406 Not Acceptable is a different problem: the response body types the request allows in Accept cannot be produced.",
            },
            new[]
            {
                (488, "A user agent that cannot accept this offer (no common codec) while other devices of the user might."),
                (606, "Only when the responder knows no device of the user can accept such a session."),
            },
            new[] { "SIP2001" }),
        new(
            new[] { 401, 407 },
            "Both ask for credentials (RFC 3261 section 22). 401 comes from the user agent server or registrar and carries WWW-Authenticate; 407 comes from a proxy on the path and carries Proxy-Authenticate.",
            new[]
            {
                "401 Unauthorized (RFC 3261 section 21.4.2): answer with an Authorization header (section 22.2).",
                "407 Proxy Authentication Required (section 21.4.8): answer with Proxy-Authorization (section 22.3); several proxies on the path may each ask.",
                "For both, the retried request gets a CSeq one higher and keeps Call-ID, To and From (section 8.1.3.5).",
                "Credentials that were just rejected must not be sent again, unless the nonce was stale (section 22.1): count the attempts and give up (SIP2004).",
                "When credentials cannot help, the answer is 403 Forbidden, not another challenge.",
            },
            new[]
            {
                (401, "Registrars and user agent servers challenging a request."),
                (407, "Proxies challenging a request before routing it."),
            },
            new[] { "SIP2004" }),
        new(
            new[] { 403, 404 },
            "403 says the server understood the request and refuses it; 404 says the user does not exist in the domain the server answers for.",
            new[]
            {
                "403 Forbidden (RFC 3261 section 21.4.4): authorization will not help, and the request should not be repeated.",
                "404 Not Found (section 21.4.5): the user does not exist at the domain in the Request-URI, or the domain is not one this server handles.",
                "404 may carry Retry-After (section 20.33); 403 may not.",
                "Neither invites sending the same request again (section 21.4; SIP2004). After 404 a different server or domain may know the user.",
                "604 Does Not Exist Anywhere is the global, authoritative form of 404.",
            },
            new[]
            {
                (403, "Policy refusals: a blocked caller, a forbidden destination, a registration for an identity the credentials do not own."),
                (404, "An unknown user or extension at this domain."),
            },
            new[] { "SIP2004" }),
        new(
            new[] { 408, 480, 504 },
            "All three say no answer came in time, seen from different places: the server itself (408), the callee (480) or a server further on (504).",
            new[]
            {
                "408 Request Timeout (RFC 3261 section 21.4.9): the server could not produce a response in time, e.g. it could not find the user. A client transaction that times out is reported as 408 locally (section 8.1.3.1). The request may be repeated later unchanged.",
                "480 Temporarily Unavailable (section 21.4.18): the callee was reached but is not available now (not registered, do not disturb); it may carry Retry-After, and the user may be reachable elsewhere.",
                "504 Server Time-out (section 21.5.5): a server did not get a timely answer from a server it contacted (a downstream proxy, a location service).",
                "A 408 to a request in a dialog ends the dialog (section 12.2.1.2). A transaction-stateful element never sends 408 to a non-INVITE request (RFC 4320 section 4.2).",
            },
            new[]
            {
                (408, "A server that gave up on its own processing; clients see it when their transaction times out."),
                (480, "The user is known but currently unreachable: no registration, do not disturb."),
                (504, "A proxy whose request downstream timed out."),
            },
            new[] { "SIP2005" }),
        new(
            new[] { 301, 302, 305 },
            "All three redirect: the client sends a new request to the URI in Contact (RFC 3261 section 8.1.3.4). They differ in how long the new address holds and in what it is.",
            new[]
            {
                "301 Moved Permanently (RFC 3261 section 21.3.2): the user is no longer at this address; update stored addresses.",
                "302 Moved Temporarily (section 21.3.3): use the Contact for this request; cache it only as long as Expires says, otherwise not at all.",
                "305 Use Proxy (section 21.3.4): repeat this single request through the proxy in Contact; only user agent servers may send it. It is not deprecated in SIP (HTTP's 305 is), but it is legacy.",
                "A client adds any URI to its target set at most once, which prevents redirect loops (section 8.1.3.4); each new request gets a new branch.",
                "303 and 304 are HTTP codes, not SIP ones (SIP1003); SIPSorcery once spelled 305 as 303.",
            },
            new[]
            {
                (301, "A user who moved for good (a ported number, a renamed account)."),
                (302, "Call forwarding and find-me-follow-me: the usual redirect."),
                (305, "A user agent server that insists the request come through a given proxy; prefer a configured outbound proxy."),
            },
            new[] { "SIP1003" }),
        new(
            new[] { 500, 503 },
            "Both are server failures, but 503 means \"overloaded or under maintenance: come back later or go elsewhere\", while 500 is an unexpected internal error.",
            new[]
            {
                "500 Server Internal Error (RFC 3261 section 21.5.1): an unexpected condition; the client may retry after several seconds, and the response may carry Retry-After.",
                "503 Service Unavailable (section 21.5.4): temporary overload or maintenance; the client should try an alternate server and send nothing to this one for the Retry-After duration. Without Retry-After it is handled as 500.",
                "A proxy does not pass a 503 upstream unless every further request would also get 503; when 503 is the only response, it sends 500 instead (section 16.7 step 6), so upstream elements do not take a healthy server out of rotation.",
                "A fatal transport error is handled as 503 (section 8.1.3.1); pjsip's PJSIP_SC_TSX_TRANSPORT_ERROR has the value 503.",
            },
            new[]
            {
                (500, "An unexpected failure in this server."),
                (503, "Overload or planned maintenance, with Retry-After when you know how long."),
            },
            new[] { "SIP2005" }),
        new(
            new[] { 481, 487 },
            "Both say the request has nothing left to act on, for opposite reasons: 481 because the dialog or transaction is unknown, 487 because the caller cancelled it.",
            new[]
            {
                "481 Call/Transaction Does Not Exist (RFC 3261 section 21.4.19): the request matched no dialog or transaction, e.g. a BYE after the call ended, or a CANCEL that matched nothing (section 9.2). In a dialog, the client ends the dialog (section 12.2.1.2).",
                "487 Request Terminated (section 21.4.25): the request was ended by a CANCEL (or BYE) before it completed: the normal result of a caller hanging up while it rings. It is never the response to the CANCEL itself (section 9.2).",
                "Neither is retried unchanged (SIP2004): after 481 the dialog is gone, after 487 the caller asked for it.",
            },
            new[]
            {
                (481, "A user agent server receiving an in-dialog request or a CANCEL for an unknown dialog or transaction."),
                (487, "The INVITE server transaction answering an INVITE that was cancelled."),
            },
            new[] { "SIP2004" }),
        new(
            new[] { 200, 202 },
            "Both are success responses, but 202 Accepted is deprecated: RFC 6665 section 8.3.1 removes it for SUBSCRIBE, and RFC 7647 extends that to REFER.",
            new[]
            {
                "200 OK (RFC 3261 section 21.2.1): the request succeeded.",
                "202 Accepted: originally \"accepted for processing\" (RFC 3265); the IANA registry lists it as Accepted (Deprecated).",
                "A received 202 is handled exactly like 200 (RFC 6665 section 8.3.1).",
                "Success is the whole 2xx class (RFC 3261 sections 8.1.3.2 and 21.2): test `SipStatus.IsSuccess(code)`, not `code == 200` (SIP1002).",
            },
            new[]
            {
                (200, "Every success response you send, SUBSCRIBE and REFER included."),
                (202, "Never send it; accept it as 200 when you receive it."),
            },
            new[] { "SIP1002" }),
        new(
            new[] { 404, 604 },
            "Both say the user does not exist; 404 speaks for this server or domain, 604 is authoritative everywhere (RFC 3261 section 21.6.3).",
            new[]
            {
                "404 Not Found (RFC 3261 section 21.4.5): not at this domain; another server or domain may know the user, and the response may carry Retry-After.",
                "604 Does Not Exist Anywhere (section 21.6.3): the server has authoritative information that the user exists nowhere.",
                "After 604 a proxy stops forking (section 16.7 step 5) and a dialer tries no other route (SIP2001); after 404 another route may succeed.",
            },
            new[]
            {
                (404, "An unknown user at this domain, when other domains or routes might know them."),
                (604, "Only from a server with authoritative knowledge, such as the number's home network or a portability database."),
            },
            new[] { "SIP2001" }),
        new(
            new[] { 603, 607, 608 },
            "All three reject a call globally; they differ in who rejected it and why.",
            new[]
            {
                "603 Decline (RFC 3261 section 21.6.2): the callee declined, without saying why.",
                "607 Unwanted (RFC 8197): the called party marks the call as unwanted (spam, robocalls); the answer also feeds call analytics.",
                "608 Rejected (RFC 8688): an intermediary, such as a carrier's analytics engine, rejected the call, not the callee; Call-Info may point to a way to contest it.",
                "As 6xx responses, all three stop forking (RFC 3261 section 16.7 step 5) and must not be retried automatically (SIP2001).",
            },
            new[]
            {
                (603, "The user declined the call."),
                (607, "The user flagged the call as unwanted."),
                (608, "A network element, not the user, blocks the call."),
            },
            new[] { "SIP2001" }),
    };
}
