using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using System;
using System.Collections.Generic;
using SipAnalyzers.Context;

namespace SipAnalyzers.Detection
{
    /// <summary>Name heuristics for the retry rules: what sends a SIP request, and loops that call different people.</summary>
    internal static class RetryNames
    {
        // A method whose name has one of these words re-issues a request: Send, SendRequest, Dial, Redial, Invite, Register,
        // Retry, TryNextGateway, Call, InitiateCallAsync, MakeCall. A stack's methods whose names say nothing of sending are
        // in its profile.
        private static readonly HashSet<string> SendWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "send", "dial", "redial", "invite", "retry", "resend", "originate", "register", "reregister", "reregistration",
        };

        // The words among those that name a SIP request, not just "sending" (SendAlertEmailAsync, RetryUpload).
        private static readonly HashSet<string> RequestWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "dial", "redial", "invite", "originate", "register", "reregister", "reregistration",
        };

        // With "registration" or "reconnection": TryRestartRegistration, ScheduleReconnection, StartRegistration,
        // RenewRegistration send a REGISTER; LogRegistrationFailure, SetRegistrationState and OnRegistrationFailed do not.
        private static readonly HashSet<string> RegistrationVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "start", "restart", "renew", "refresh", "schedule",
        };

        private static readonly HashSet<string> CallStarters = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "call", "make", "initiate", "place", "start", "try",
        };

        // Iterating over these is calling different people (campaign dialers, conference dial-out), not failing over.
        private static readonly HashSet<string> CalleeWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "callee", "callees", "lead", "leads", "customer", "customers", "recipient", "recipients", "participant",
            "participants", "attendee", "attendees", "campaign", "invitee", "invitees", "subscriber", "subscribers",
        };

        // A method that sends a response, or retransmits one, is not re-issuing a request: a UAS answering its request or a
        // transaction repeating its own final response on a timer (RFC 3261 section 17.2.1) is never a retry.
        private static readonly HashSet<string> NotRequestWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "response", "responses", "reply", "replies", "retransmit", "retransmission", "retransmissions", "ack",
        };

        // A name about a screen, a sound or a state of the request, not the request: EnableRegisterButton,
        // RefreshRegistrationStatus, MaybeDialTone, ShowDialPad, UpdateRegisterView.
        private static readonly HashSet<string> NotTheRequestWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "button", "buttons", "status", "state", "view", "ui", "label", "text", "panel", "page", "form", "dialog", "indicator",
            "icon", "tone", "tones", "pad", "plan", "display", "metric", "metrics", "log", "stats", "counter", "badge", "sound",
        };

        /// <summary>By name alone: Call, CallAsync, SendRequest, DialAsync, InviteAsync, MakeCall, InitiateCallAsync, TryNextGateway, RetryInvite.</summary>
        public static bool IsSendMethod(string name)
        {
            foreach (var word in SipNames.Words(name))
            {
                if (NotRequestWords.Contains(word) || NotTheRequestWords.Contains(word))
                {
                    return false;
                }
            }

            var words = new List<string>(SipNames.Words(name));
            var registrationVerb = false;
            var registration = false;
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                if (SendWords.Contains(word))
                {
                    return true;
                }

                registrationVerb |= RegistrationVerbs.Contains(word);
                registration |= string.Equals(word, "registration", StringComparison.OrdinalIgnoreCase)
                                || string.Equals(word, "reconnection", StringComparison.OrdinalIgnoreCase);
                if (registrationVerb && registration)
                {
                    return true;
                }

                // Call, CallAsync, CallNumber, MakeCall, StartCall, TryNextGateway; not CallFinished, CallState, StartCallTimer.
                var isCall = string.Equals(word, "call", StringComparison.OrdinalIgnoreCase);
                if ((i == 0 && isCall) || (i > 0 && CallStarters.Contains(words[0]) && (isCall || string.Equals(word, "next", StringComparison.OrdinalIgnoreCase))))
                {
                    return i + 1 >= words.Count || !DescribesACall(words[i + 1]);
                }
            }

            return false;
        }

        // After "call": a state, a record or an event of a call, not the act of calling (CallFinished, CallStateChanged,
        // CallDurationTimer, CallbackAsync, CallHistory).
        private static readonly HashSet<string> CallAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "back", "backs", "state", "status", "info", "log", "history", "count", "id", "duration", "timer", "end", "hangup",
            "stats", "data", "event", "events", "record", "records", "quality", "leg", "session", "context", "handler", "list",
        };

        private static bool DescribesACall(string next)
            => CallAttributes.Contains(next)
               || (next.Length > 3 && (next.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || next.EndsWith("ing", StringComparison.OrdinalIgnoreCase)));

        /// <summary>
        /// A send that names a SIP request: <c>Call</c>, <c>DialAsync</c>, <c>SendInviteAsync</c>, <c>StartRegistration</c>,
        /// <c>ScheduleReconnection</c>; not <c>SendAlertEmailAsync</c> or <c>RetryUpload</c>. What a handler that its stack
        /// calls on every failure sends is judged only when it is one of these (it tests nothing to say otherwise).
        /// </summary>
        /// <param name="name">A name <see cref="IsSendMethod(string)"/> accepts (<see cref="CallNames"/> asks only for those).</param>
        public static bool NamesASipRequest(string name)
        {
            var words = new List<string>(SipNames.Words(name));
            for (var i = 0; i < words.Count; i++)
            {
                if (RequestWords.Contains(words[i])
                    || (words[i].Equals("call", StringComparison.OrdinalIgnoreCase) && (i + 1 >= words.Count || !DescribesACall(words[i + 1]))))
                {
                    return true; // RetryCall, SendInviteAsync
                }
            }

            // What made it a send was not "send" or "retry" alone: a call word or a registration verb.
            foreach (var word in words)
            {
                if (word.Equals("send", StringComparison.OrdinalIgnoreCase) || word.Equals("retry", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("resend", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// <c>_subscribeExecutor.ExecuteAsync(new SipClientTransactionRequest { Method = "SUBSCRIBE", ... })</c>: a
        /// transaction executor given a request sends it, whatever its name says.
        /// </summary>
        /// <param name="method">A method whose name <see cref="CallNames"/> found named like an executor.</param>
        public static bool ExecutesRequest(IMethodSymbol method)
        {
            // A SIP request type (SipClientTransactionRequest), or a SIP executor given a request; not a mediator's
            // GetUserRequest or a payment gateway's ChargeTransactionRequest.
            var sipExecutor = SipNames.HasSipWord(method.ContainingType?.Name ?? string.Empty);
            foreach (var parameter in method.Parameters)
            {
                var typeName = parameter.Type.Name;
                if (typeName.EndsWith("Request", StringComparison.Ordinal) && typeName.IndexOf("Http", StringComparison.OrdinalIgnoreCase) < 0
                    && (sipExecutor || SipNames.HasSipWord(typeName)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Sends a REGISTER: SIP2001 words its message for a re-registration.</summary>
        public static bool IsRegister(string name)
            => name.IndexOf("register", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("registration", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>
        /// Sends a request whose failure ends what it asks for (a call, a registration, a subscription, a publication, a
        /// transfer): SUBSCRIBE, REGISTER, INVITE, PUBLISH, REFER. Not OPTIONS keep-alives or MESSAGE, which a loop may send
        /// whatever the last answer was.
        /// </summary>
        public static bool AsksForAStandingResult(string name)
        {
            foreach (var word in SipNames.Words(name))
            {
                if (SipNames.ContainsAscii(word, "subscribe") || SipNames.ContainsAscii(word, "register") || SipNames.ContainsAscii(word, "invite")
                    || SipNames.ContainsAscii(word, "publish") || SipNames.ContainsAscii(word, "refer"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>re-INVITE and UPDATE in a dialog: a 6xx there does not end the call's search for the callee.</summary>
        public static bool IsInDialog(string name)
            => name.IndexOf("reinvite", StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("re_invite", StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("update", StringComparison.OrdinalIgnoreCase) >= 0;

        public static bool IsCalleeCollection(string name)
        {
            foreach (var word in SipNames.Words(name))
            {
                if (CalleeWords.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first call in a body that sends a request, if any.</summary>
        public static IInvocationOperation? FirstSend(SipCompilationContext sip, IOperation body)
        {
            foreach (var operation in OperationWalk.Descendants(body))
            {
                if (operation is IInvocationOperation invocation && sip.IsSendMethod(invocation.TargetMethod))
                {
                    return invocation;
                }
            }

            return null;
        }

        /// <summary>
        /// A handler of a failed call or registration, by name: OnCallFailed, CallFailed, HandleRejected,
        /// RegistrationTemporaryFailure, and call- or registration-state callbacks (OnCallStateChanged, OnRegState), which
        /// see every final status.
        /// </summary>
        public static bool IsFailureHandlerName(string name)
            => SipNames.ContainsAscii(name, "fail") || SipNames.ContainsAscii(name, "reject")
               || SipNames.ContainsAscii(name, "callstate") || SipNames.ContainsAscii(name, "regstate");

        /// <summary>A handler of failures its stack calls temporary or transient: no 6xx reaches it.</summary>
        public static bool IsTemporaryFailureName(string name)
            => SipNames.ContainsAscii(name, "temporar") || SipNames.ContainsAscii(name, "transient");

        /// <summary><c>ua.CallFailed += (uac, error, resp) =&gt; ...</c>.</summary>
        public static bool IsFailureHandlerSubscription(IAnonymousFunctionOperation lambda)
            => OperationHelpers.SubscribedEvent(lambda) is { } subscribed && IsFailureHandlerName(subscribed.Name);
    }
}
