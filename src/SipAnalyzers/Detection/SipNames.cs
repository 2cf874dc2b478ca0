using System;
using SipAnalyzers.Stacks;
using System.Collections.Generic;
using System.Linq;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// Name heuristics, kept cheap and explicit. Names are split into words ("SIPResponse" -> SIP, Response;
    /// "sip_status_code" -> sip, status, code), so "Gossip" never counts as SIP.
    /// </summary>
    internal static class SipNames
    {
        /// <summary>SIP's own words and the stacks' (their profiles' source words that are identifiers: "sipsorcery", "pjsua").</summary>
        private static readonly HashSet<string> SipWords = new HashSet<string>(
            new[] { "sip", "sips", "sipfrag", "b2bua" }.Concat(KnownStacks.All.SelectMany(p => p.SourceWords).Where(w => w.All(char.IsLetterOrDigit))),
            StringComparer.OrdinalIgnoreCase);

        /// <summary>The SIP words no other SIP word contains: a name without any of them has no SIP word.</summary>
        private static readonly string[] SipWordCores = SipWords.Where(w => !SipWords.Any(o => o != w && w.IndexOf(o, StringComparison.OrdinalIgnoreCase) >= 0))
            .Select(w => w.ToLowerInvariant()).ToArray();

        // Other protocols whose status codes live next to SIP ones and must stay silent.
        private static readonly HashSet<string> OtherProtocolWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "http", "https", "rtsp", "stun", "turn", "msrp", "smtp", "ftp", "ftps", "imap", "pop3", "rtcp", "rtp",
            "xmpp", "grpc", "rest", "web", "api", "ldap", "dns", "warning", "q850", "isup", "cause", "webhook", "oauth",
        };

        // Member and parameter names that always mean "a SIP status" when they sit on something SIP-related.
        private static readonly HashSet<string> StrongStatusNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "statuscode", "responsecode", "responsestatuscode", "statuscodevalue", "laststatuscode", "finalstatuscode",
            "sipstatus", "sipstatuscode", "sipcode", "sipresponsecode", "sipresponsestatus", "lastsipstatus", "lastsipcode",
            "failurestatus", "failurecode", "rejectcode", "rejectstatus", "hangupcode", "getstatuscode", "getsipstatus",
            "getsipstatuscode", "getresponsecode",
        };

        // Names that mean "a SIP status" only on a SIP type that is about responses.
        private static readonly HashSet<string> WeakStatusNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "status", "code", "laststatus", "finalstatus", "responsestatus",
        };

        private static readonly HashSet<string> ResponseWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "response", "reply", "status", "result", "final", "answer", "failure", "reject", "rejection",
        };

        // Telephony words: with a strong status name (StatusCode, ResponseCode) they make the context SIP enough.
        private static readonly HashSet<string> TelephonyWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "call", "calls", "caller", "callee", "dial", "dialer", "dialler", "phone", "softphone", "voip", "pbx", "trunk",
            "registrar", "invite", "uac", "uas", "sdp", "telephony", "signaling", "signalling", "voice",
        };

        private static readonly HashSet<string> ResponseMethodWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "reject", "hangup", "decline", "respond", "response", "reply", "answer", "fail", "terminate",
        };

        /// <summary>Called on every declared name of a compilation at start-up, so it rejects most names without splitting.</summary>
        public static bool HasSipWord(string name)
        {
            foreach (var core in SipWordCores)
            {
                if (ContainsAscii(name, core))
                {
                    return AnyWord(name, SipWords);
                }
            }

            return false;
        }

        public static bool HasOtherProtocolWord(string name) => AnyWord(name, OtherProtocolWords);

        public static bool HasResponseWord(string name) => AnyWord(name, ResponseWords);

        // A variable's name that says it holds a response (not a result or a status, which other protocols have too).
        private static readonly HashSet<string> ResponseVariableWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "response", "resp", "rsp", "reply",
        };

        /// <summary>
        /// A method about the status code its parameter holds: GetSuggestionsForStatusCode(int code), DescribeStatusCode.
        /// Not a conversion (MapQ850ToSipStatusCode(int code) takes another code).
        /// </summary>
        public static bool IsAboutAStatus(string methodName)
        {
            if (!EndsLikeAStatus(WithoutAsync(methodName)))
            {
                return false;
            }

            foreach (var word in Words(methodName))
            {
                if (word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("from", StringComparison.OrdinalIgnoreCase)
                    || word.Equals("map", StringComparison.OrdinalIgnoreCase) || word.Equals("convert", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>resp</c>, <c>finalResponse</c>, <c>sipReply</c>.</summary>
        public static bool NamesAResponse(string name) => AnyWord(name, ResponseVariableWords);

        public static bool HasTelephonyWord(string name) => AnyWord(name, TelephonyWords);

        public static bool HasResponseMethodWord(string name) => AnyWord(name, ResponseMethodWords);

        /// <summary>
        /// Cheap pre-check: every status name (strong, weak, the stacks' own such as <c>regStatus</c> and
        /// <c>subTermCode</c>, and SIP-word names) contains "status", "code" or "sip".
        /// </summary>
        public static bool MayBeStatusName(string name)
            => ContainsAscii(name, "status") || ContainsAscii(name, "code") || ContainsAscii(name, "sip");

        /// <summary>
        /// Whether <paramref name="name"/> contains <paramref name="lowerWord"/> (lower-case ASCII letters), ignoring the
        /// case of ASCII letters. The pre-checks run for every parameter, member and method a status may reach, on names
        /// of ten to twenty characters, where <c>IndexOf(..., OrdinalIgnoreCase)</c>'s set-up per word and call dominates.
        /// </summary>
        public static bool ContainsAscii(string name, string lowerWord)
        {
            var first = lowerWord[0];
            for (var i = 0; i <= name.Length - lowerWord.Length; i++)
            {
                // c | 0x20 equals a lower-case ASCII letter only when c is that letter or its upper case.
                if ((name[i] | 0x20) != first)
                {
                    continue;
                }

                var j = 1;
                while (j < lowerWord.Length && (name[i + j] | 0x20) == lowerWord[j])
                {
                    j++;
                }

                if (j == lowerWord.Length)
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsStrongStatusName(string name)
        {
            name = WithoutAsync(name);
            return StrongStatusNames.Contains(Compact(name)) || HasSipAndStatusWords(name) || EndsLikeAStatus(name);
        }

        /// <summary>GetStatusCodeAsync is named like GetStatusCode: an async method's name carries the suffix.</summary>
        private static string WithoutAsync(string name)
            => name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;

        // Words that, before a final "Code", say the code is a response's status: rejectionCode, timerRejectionCode.
        private static readonly HashSet<string> StatusCodeQualifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "rejection", "reject", "failure", "response", "reply", "answer", "hangup", "decline", "final",
        };

        /// <summary>
        /// "nextStatusCode", "rejectionStatusCode" (any name ending in the words status and code) and "timerRejectionCode"
        /// (a response word before a final code). Still a name: the slot needs a SIP or telephony context besides.
        /// </summary>
        private static bool EndsLikeAStatus(string name)
        {
            if (!ContainsAscii(name, "code"))
            {
                return false;
            }

            string? previous = null;
            string? last = null;
            foreach (var word in Words(name))
            {
                previous = last;
                last = word;
            }

            return last != null && previous != null && last.Equals("code", StringComparison.OrdinalIgnoreCase)
                && (previous.Equals("status", StringComparison.OrdinalIgnoreCase) || StatusCodeQualifiers.Contains(previous));
        }

        public static bool IsWeakStatusName(string name) => WeakStatusNames.Contains(Compact(name));

        /// <summary>"lastSipStatus", "SipCodeOfCall": a SIP word together with a status or code word.</summary>
        private static bool HasSipAndStatusWords(string name)
        {
            var sip = false;
            var status = false;
            foreach (var word in Words(name))
            {
                sip |= SipWords.Contains(word);
                status |= word.Equals("status", StringComparison.OrdinalIgnoreCase) || word.Equals("code", StringComparison.OrdinalIgnoreCase);
            }

            return sip && status;
        }

        private static string Compact(string name)
        {
            if (name.IndexOf('_') < 0)
            {
                return name;
            }

            return name.Replace("_", string.Empty);
        }

        private static bool AnyWord(string name, HashSet<string> words)
        {
            foreach (var word in Words(name))
            {
                if (words.Contains(word))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Splits identifiers and dotted names into words at '_', '.', digits-to-letters and case changes.</summary>
        public static IEnumerable<string> Words(string name)
        {
            var start = -1;
            for (var i = 0; i < name.Length; i++)
            {
                var ch = name[i];
                if (!char.IsLetterOrDigit(ch))
                {
                    if (start >= 0)
                    {
                        yield return name.Substring(start, i - start);
                        start = -1;
                    }

                    continue;
                }

                if (start < 0)
                {
                    start = i;
                    continue;
                }

                var prev = name[i - 1];
                var boundary =
                    (char.IsUpper(ch) && char.IsLower(prev)) ||
                    (char.IsUpper(ch) && char.IsUpper(prev) && i + 1 < name.Length && char.IsLower(name[i + 1]));
                if (boundary)
                {
                    yield return name.Substring(start, i - start);
                    start = i;
                }
            }

            if (start >= 0)
            {
                yield return name.Substring(start);
            }
        }
    }
}
