using Microsoft.CodeAnalysis;

namespace SipAnalyzers.Diagnostics
{
    /// <summary>Every diagnostic descriptor of the package; docs, presets and the README table are derived from these.</summary>
    internal static class Descriptors
    {
        public static readonly DiagnosticDescriptor RawStatusCode = new DiagnosticDescriptor(
            DiagnosticIds.RawStatusCode,
            title: "Use a named SIP status code instead of a raw integer",
            messageFormat: "{0}: {1}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A raw integer is used where the code expects a SIP response status code. You see it on comparisons, "
                + "case labels, patterns, arguments, assignments, returns and casts whose other side is a SIP status (a status enum, "
                + "a stack's StatusCode member, a parameter or property named like one on a SIP type). Replace the number with the "
                + "named enum member the fix offers: the stack's own enum where it has a correct member, else the generated "
                + "Sip.SipStatusCode; hovering the member then shows the code's meaning, class and RFC section. Codes that look "
                + "alike mean opposite things: 486 Busy Here is local (RFC 3261 section 21.4.24), 600 Busy Everywhere is global (section 21.6.1).",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RawStatusCode));

        public static readonly DiagnosticDescriptor RawStatusRange = new DiagnosticDescriptor(
            DiagnosticIds.RawStatusRange,
            title: "Use a status class check instead of a raw range",
            messageFormat: "'{0}' tests {1}: use {2}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A SIP status is compared against class boundaries (>= 200 && < 300, code / 100 == 6, is >= 600 and <= 699). "
                + "You see it where a response is classified. The fix replaces the range with the Sip.SipStatus predicate that says the "
                + "same thing by name (IsProvisional, IsSuccess, IsRedirection, IsRequestFailure, IsServerFailure, IsGlobalFailure, "
                + "IsFinal, IsFailure; RFC 3261 section 7.2) and cannot be off by one; it keeps the result for every status from 100 to 699.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RawStatusRange));

        public static readonly DiagnosticDescriptor WrongClassBounds = new DiagnosticDescriptor(
            DiagnosticIds.WrongClassBounds,
            title: "Status class range has wrong bounds",
            messageFormat: "'{0}' {1}: {2}",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A range over a SIP status almost matches a class but misses or adds codes at its edge (< 299 drops 299, "
                + "<= 300 adds 300, <= 204 stops at the codes known today, < 600 as a validity check drops the 6xx class). "
                + "You see it where responses are classified by hand. RFC 3261 section 8.1.3.2 requires a client to treat an unknown final code as the x00 of its class, so a class "
                + "check must cover x00 to x99. The fix widens the range to the full class.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.WrongClassBounds));

        public static readonly DiagnosticDescriptor UnregisteredStatusCode = new DiagnosticDescriptor(
            DiagnosticIds.UnregisteredStatusCode,
            title: "Unregistered SIP status code",
            messageFormat: "{0}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A number inside 100..699 that the IANA registry does not list reaches a SIP status (a comparison, case label, "
                + "argument, assignment, return or a cast to a status enum). You see it with codes copied from HTTP (304, 409, 411), "
                + "from RFC 2543, from one stack's private list (pjsip's 490) or mistyped (499). No peer sends it with a meaning: "
                + "RFC 3261 section 8.1.3.2 makes a client treat an unknown final code as the x00 of its class and an unknown 1xx as 183. "
                + "To fix it, use the registered code you meant; the message lists the nearest ones of the same class.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnregisteredStatusCode));

        public static readonly DiagnosticDescriptor EnumMemberDisagrees = new DiagnosticDescriptor(
            DiagnosticIds.EnumMemberDisagrees,
            title: "SIP status enum member disagrees with the registry",
            messageFormat: "{0}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A member of a SIP status enum has a name that means one registered code and a value that is another "
                + "(AlternativeService = 304 where Alternative Service is 380, RFC 3261 section 21.3.5; Ambiguous = 487 where 485 is Ambiguous), "
                + "or a value inside 100..699 that is not registered. You see it on the member in your own enum, and where a "
                + "referenced library's wrong member is used. To fix it, give the member its registered value (the code fix does "
                + "that for source enums) or use the generated Sip.SipStatusCode member instead of the library's.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.EnumMemberDisagrees));

        public static readonly DiagnosticDescriptor HttpStatusAsSip = new DiagnosticDescriptor(
            DiagnosticIds.HttpStatusAsSip,
            title: "HTTP status code used as a SIP status",
            messageFormat: "{0}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A System.Net.HttpStatusCode value or an ASP.NET StatusCodes constant reaches a SIP status, or a SIP status "
                + "enum reaches an HTTP status. You see it in gateways and web dashboards that handle both protocols. SIP reused "
                + "HTTP's numbers (RFC 3261 section 21) but not all of their meanings: 422, 423 and 429 mean different things, "
                + "and 303, 304, 409 and 418 do not exist in SIP. To fix it, use the SIP enum's member; the fix does that where "
                + "the number means the same thing in both protocols.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.HttpStatusAsSip));

        public static readonly DiagnosticDescriptor NotAStatusCode = new DiagnosticDescriptor(
            DiagnosticIds.NotAStatusCode,
            title: "Not a SIP status code",
            messageFormat: "{0} is not a SIP status code: SIP defines the classes 1xx to 6xx only (RFC 3261 section 7.2){1}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A number outside 100..699 is sent as a SIP status (a response constructor, a reject or hang-up call, a "
                + "status property) or cast into a SIP status enum. You see it with pjsip's local 7xx codes, HTTP-style 0 or 1000 "
                + "values and typos (60 for 600). RFC 3261 section 7.2 defines only the classes 1xx to 6xx, so no peer can interpret it. Comparing a received status with a "
                + "stack's own local pseudo-codes stays silent. To fix it, send a registered code from 100 to 699.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.NotAStatusCode));

        public static readonly DiagnosticDescriptor GlobalFailureRetry = new DiagnosticDescriptor(
            DiagnosticIds.GlobalFailureRetry,
            title: "Do not retry, fail over or fork after a 6xx Global Failure",
            messageFormat: "{0} after {1}: a 6xx Global Failure is definitive, so do not re-dial, fail over or fork (RFC 3261 sections 21.6 and 16.7)",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A request is sent again (the next gateway of a failover loop, a re-dial loop, a recursive re-dial, a "
                + "backward goto, a send from a call-failure handler) on a path that a 6xx response can reach. You see it in "
                + "dialers and B2BUAs whose retry condition is 'not 200' or '>= 400'. A 6xx means the callee's answer is "
                + "definitive everywhere (RFC 3261 section 21.6): 603 Decline is a person who said no, and a proxy must not "
                + "create new branches after one (section 16.7 step 5). The fix inserts a guard that stops on any 6xx "
                + "before the retry; reading and honouring Retry-After on 600/603, or changing the offer after 606, keeps it silent.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.GlobalFailureRetry));

        public static readonly DiagnosticDescriptor UnboundedOrUnchangedRetry = new DiagnosticDescriptor(
            DiagnosticIds.UnboundedOrUnchangedRetry,
            title: "Unbounded authentication retry, or unchanged retry after a non-retryable 4xx",
            messageFormat: "{0}",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A loop re-sends on 401/407 with no attempt counter, flag or bound, or re-sends the same request to the "
                + "same target after a 4xx that does not change by itself (400, 403, 404, 405, 410, 414, 481, 485, 487, 488). "
                + "You see it in registration and call set-up loops. With a wrong password a 401 loop never ends (RFC 3261 "
                + "section 22.1: do not retry with credentials that were rejected), and RFC 3261 section 21.4 says a client "
                + "should not repeat a request unchanged after a 4xx. To fix it, count the attempts and stop, ask for new "
                + "credentials, or change the request or target before sending again.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnboundedOrUnchangedRetry));

        public static readonly DiagnosticDescriptor RetryIgnoresRetryAfter = new DiagnosticDescriptor(
            DiagnosticIds.RetryIgnoresRetryAfter,
            title: "Retry to the same target ignores Retry-After",
            messageFormat: "{0}",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A loop re-sends to the same target after 500, 503, 480, 486, 404 or 413 with a constant delay (or "
                + "none) and reads no Retry-After header. You see it in redial and keep-alive loops. RFC 3261 section "
                + "21.5.4: a server that answers 503 with Retry-After must not get other requests for that time, and "
                + "section 20.33 lets 404, 413, 480, 486, 500 and 503 say when to come back. To fix it, read Retry-After and "
                + "wait that long, or try a different server (which stays silent).",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RetryIgnoresRetryAfter));

        public static readonly DiagnosticDescriptor IntervalOrGlareRetry = new DiagnosticDescriptor(
            DiagnosticIds.IntervalOrGlareRetry,
            title: "422/423 retried without a larger interval, or 491 without random back-off",
            messageFormat: "{0}",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A loop retries after 423 Interval Too Brief without reading Min-Expires, after 422 Session Interval Too "
                + "Small without reading Min-SE (or raising Session-Expires), or after 491 Request Pending with no random "
                + "delay. You see it in REGISTER, SUBSCRIBE and re-INVITE code. The same interval gets the same 423 or 422 "
                + "again (RFC 3261 section 10.2.8, RFC 4028 section 6), and two sides retrying a glare on the same timer "
                + "collide again (RFC 3261 section 14.1: 2.1 to 4 s or 0 to 2 s, chosen at random). To fix it, use the "
                + "interval the response asks for, or wait a random time.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.IntervalOrGlareRetry));

        public static readonly DiagnosticDescriptor ProvisionalTreatedAsFinal = new DiagnosticDescriptor(
            DiagnosticIds.ProvisionalTreatedAsFinal,
            title: "A provisional (1xx) response is treated as final",
            messageFormat: "'{0}' also holds for {1}: a provisional response is not final (RFC 3261 sections 21.1 and 13.2.2.1); handle SipStatus.IsProvisional first, then treat the rest as {2}",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "In code that handles every response to a request (a method or handler taking a SIP response whose name says it "
                + "receives responses), a status test sends provisional codes down the same branch as final ones: code >= 100 && "
                + "code < 300 as answered, code != 200 as failed, an else branch after == 200. You see it in dialers that report "
                + "180 Ringing as a failed call or hang up on 183. RFC 3261 section 21.1: 1xx responses are not final and are never "
                + "ACKed; section 13.2.2.1: any number of them may arrive before the final response. Fix it by returning (or "
                + "continuing to wait) on SipStatus.IsProvisional before the final-response logic. Handlers that only see final "
                + "responses (FinalResponseReceived, ClientCallFailed) and relay logic over 1xx only stay silent.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ProvisionalTreatedAsFinal));

        public static readonly DiagnosticDescriptor RegistrarGlobalFailure = new DiagnosticDescriptor(
            DiagnosticIds.RegistrarGlobalFailure,
            title: "A registrar answers REGISTER with a 6xx",
            messageFormat: "A registrar must not answer REGISTER with {0} (RFC 3261 section 10.3): send 403 Forbidden (not allowed to register) or 404 Not Found (unknown user){1}",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A response with a 6xx Global Failure status is built for a REGISTER request: on a path where the method was "
                + "tested to be REGISTER, or in a registrar (a type or method whose name says it handles registrations). You see it "
                + "in registrar and PBX code that reuses a call-rejection status. RFC 3261 section 10.3 says a registrar MUST NOT "
                + "generate 6xx responses; a 6xx says something definitive about a user's calls, not about one binding. Fix it by "
                + "answering 403 Forbidden when the user may not register and 404 Not Found when the user is unknown.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RegistrarGlobalFailure));

        public static readonly DiagnosticDescriptor ProvisionalToNonInvite = new DiagnosticDescriptor(
            DiagnosticIds.ProvisionalToNonInvite,
            title: "Provisional or 408 response sent to a non-INVITE request; a stateful proxy forwarding 100 Trying",
            messageFormat: "{0}",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A provisional (1xx) or 408 response is built for a request known on that path not to be an INVITE (a method "
                + "test, or a handler named for REGISTER, OPTIONS, MESSAGE, SUBSCRIBE, NOTIFY, BYE, REFER or PUBLISH), or a stateful "
                + "proxy forwards a response without excluding 100 Trying. You see it in servers that send 100 to everything and in "
                + "proxies that relay every response. RFC 3261 section 8.2.6.1: UASs SHOULD NOT send provisional responses to non-INVITE "
                + "requests; RFC 4320 sections 4.1 and 4.2 forbid non-100 provisionals and 408 there; 100 is hop-by-hop and a stateful "
                + "proxy never forwards it (sections 16.7 step 5, 21.1.1). Fix it by sending nothing until the final response (for a "
                + "timeout: no response at all), and by skipping 100 before forwarding. A 408 built where a transaction times out "
                + "(a method named for a timeout) stays silent.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ProvisionalToNonInvite));

        public static readonly DiagnosticDescriptor DeprecatedAccepted = new DiagnosticDescriptor(
            DiagnosticIds.DeprecatedAccepted,
            title: "Deprecated 202 sent to SUBSCRIBE or REFER",
            messageFormat: "202 Accepted answers {0} here; it is deprecated for SUBSCRIBE and REFER (RFC 6665 section 8.3.1, RFC 7647): send 200 OK",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A response with 202 Accepted is built for a SUBSCRIBE or REFER request: on a path where the method was tested, "
                + "or in a handler named for them (OnSubscribe, HandleRefer). You see it in notifiers and transfer handlers written "
                + "against RFC 3265 or RFC 3515. RFC 6665 section 8.3.1 removed 202 for SUBSCRIBE and RFC 7647 did the same for REFER; "
                + "receivers treat 202 as 200 (RFC 3261 section 21.2 defines the 2xx class). The fix sends 200 OK. A 202 that client "
                + "code compares with is correct and stays silent.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DeprecatedAccepted));

        public static readonly DiagnosticDescriptor ReasonPhraseMatch = new DiagnosticDescriptor(
            DiagnosticIds.ReasonPhraseMatch,
            title: "Status matched by reason phrase instead of code",
            messageFormat: "'{0}' matches the reason phrase; the phrase is for humans and may be localized or reworded (RFC 3261 section 7.2): {1}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A SIP response's reason phrase (or status line) is compared with a string: == \"Busy Here\", Equals, "
                + "Contains(\"486\"), StartsWith(\"SIP/2.0 200\"). You see it in code ported from log parsing or written against a "
                + "stack without a status enum. RFC 3261 section 7.2 says the reason phrase is meant for humans, and servers send "
                + "their own wording (\"Temporarily not available\" and \"Temporarily Unavailable\" are both 480). The fix compares "
                + "the status code with the named member instead, where the phrase identifies a registered code and the response "
                + "has a status member.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ReasonPhraseMatch));

        public static readonly DiagnosticDescriptor GlobalReject = new DiagnosticDescriptor(
            DiagnosticIds.GlobalReject,
            title: "An incoming call rejected with a global 600/603 where 486 Busy Here fits",
            messageFormat: "{0} rejects the call everywhere: a forking proxy cancels the user's other ringing devices and voicemail (RFC 3261 sections {1} and 16.7 step 5); use 486 Busy Here unless no other end point may answer",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "An incoming call is rejected or hung up with 600 Busy Everywhere or 603 Decline through a user agent's reject, "
                + "hang-up or answer API (SIPSorcery's Reject, pjsua2's hangup/answer with a CallOpParam status). You see it in "
                + "softphones whose reject button sends 603. A 6xx is global (RFC 3261 section 21.6): a forking proxy stops ringing "
                + "the user's other devices and does not try voicemail (section 16.7 step 5); 600 and 603 are meant only when no other "
                + "end point will answer (sections 21.6.1 and 21.6.2). The fix sends 486 Busy Here, which rejects on this device only.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.GlobalReject));

        public static readonly DiagnosticDescriptor RelayedServiceUnavailable = new DiagnosticDescriptor(
            DiagnosticIds.RelayedServiceUnavailable,
            title: "A downstream 503 relayed upstream",
            messageFormat: "'{0}' passes a downstream 503 Service Unavailable upstream as is: a proxy sends 500 instead (RFC 3261 section 16.7 step 6), or upstream elements take a healthy server out of rotation",
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A response built for the upstream side copies its status from a downstream response (downstream.Status, "
                + "resp.StatusCode) on a path where 503 is not excluded. You see it in proxies and B2BUAs that relay the best "
                + "downstream answer. RFC 3261 section 16.7 step 6: a proxy should not forward a 503 upstream unless every further "
                + "request would also get 503, and converts it into 500; otherwise clients and upstream proxies apply Retry-After "
                + "to this server (section 21.5.4) and fail over away from it. Fix it by mapping 503 to 500 before relaying.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RelayedServiceUnavailable));

        public static readonly DiagnosticDescriptor UnresolvedConfiguration = new DiagnosticDescriptor(
            DiagnosticIds.UnresolvedConfiguration,
            title: "A sip_analyzers option names nothing in this compilation",
            messageFormat: "{0} = {1} matches no {2} in this compilation ({3}); check the spelling and the documentation-comment ID",
            category: DiagnosticIds.ConfigurationCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A sip_analyzers.status_enum, status_symbols, excluded_symbols or send_methods value in .editorconfig or a "
                + "global config names a type, member, parameter or namespace that the compilation does not contain, so the option "
                + "silently does nothing. You see it once per project, after a rename or a typo. Fix the value: the documentation-comment "
                + "ID the C# compiler writes to XML docs (T:, M:, P:, F:, E:, with the full parameter list for methods).",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnresolvedConfiguration),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor MalformedConfiguration = new DiagnosticDescriptor(
            DiagnosticIds.MalformedConfiguration,
            title: "A sip_analyzers option value is malformed",
            messageFormat: "{0} = {1} is not valid ({2}): {3}",
            category: DiagnosticIds.ConfigurationCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A sip_analyzers option value cannot be read: an ID without its kind prefix (T:, M:, P:, F:, E:, N:), a "
                + "parameter ('#name') on something that is not a method, a send method that is not a method, or a status enum that "
                + "is not an enum. You see it once per project. Fix the value as the message says; see docs/configuration.md.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.MalformedConfiguration),
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor[] All =
        {
            RawStatusCode, RawStatusRange, UnregisteredStatusCode, EnumMemberDisagrees, HttpStatusAsSip, NotAStatusCode,
            GlobalFailureRetry, ProvisionalTreatedAsFinal, WrongClassBounds, UnboundedOrUnchangedRetry, RetryIgnoresRetryAfter, IntervalOrGlareRetry,
            RegistrarGlobalFailure, ProvisionalToNonInvite, DeprecatedAccepted, ReasonPhraseMatch, GlobalReject, RelayedServiceUnavailable, UnresolvedConfiguration, MalformedConfiguration,
        };
    }
}
