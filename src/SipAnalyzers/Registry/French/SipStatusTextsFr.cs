using System.Collections.Generic;

namespace SipAnalyzers.Registry.French
{
    /// <summary>
    /// The French texts of one registered code, keyed by the code like the English ones in <see cref="SipStatusRegistry"/>.
    /// The reason phrase, the member name and the RFC citation stay as the RFC writes them; only the explanations are translated.
    /// </summary>
    internal sealed class SipStatusTextsFr
    {
        public SipStatusTextsFr(int code, string meaning, string whenYouSeeIt, string howToResolve, string retry, string? standingNote)
        {
            Code = code;
            Meaning = meaning;
            WhenYouSeeIt = whenYouSeeIt;
            HowToResolve = howToResolve;
            Retry = retry;
            StandingNote = standingNote;
        }

        public int Code { get; }

        /// <summary>Description.</summary>
        public string Meaning { get; }

        /// <summary>Quand vous le voyez.</summary>
        public string WhenYouSeeIt { get; }

        /// <summary>Comment résoudre.</summary>
        public string HowToResolve { get; }

        /// <summary>Whether and how a client may retry (French).</summary>
        public string Retry { get; }

        public string? StandingNote { get; }
    }

    /// <summary>French texts for the 75 codes; one file per class group, each a list of <c>F(...)</c> entries in code order.</summary>
    internal static partial class SipStatusRegistryFr
    {
        private static Dictionary<int, SipStatusTextsFr>? _byCode;

        /// <summary>The French texts of <paramref name="code"/>, or null when it has none (a test keeps every registered code covered).</summary>
        public static SipStatusTextsFr? Find(int code)
        {
            if (_byCode == null)
            {
                var map = new Dictionary<int, SipStatusTextsFr>();
                foreach (var group in new[] { ProvisionalToRedirection(), RequestFailures400To429(), RequestFailures430To494(), ServerAndGlobalFailures() })
                    foreach (var texts in group)
                        map[texts.Code] = texts;
                _byCode = map;
            }

            return _byCode.TryGetValue(code, out var found) ? found : null;
        }

        public static IEnumerable<int> Codes
        {
            get
            {
                Find(100);
                return _byCode!.Keys;
            }
        }

        /// <summary>"RFC 3261, section 21.4.24" or "RFC 8197": the citation as French writes it.</summary>
        public static string Citation(SipStatusInfo info) => info.Section.Length == 0 ? info.Rfc : info.Rfc + ", section " + info.Section;

        /// <summary>The code's standing in French: "En vigueur", "Obsolète", "Renommé", "Réservé", "Hérité".</summary>
        public static string Standing(SipCodeStanding standing) => standing switch
        {
            SipCodeStanding.Deprecated => "Obsolète",
            SipCodeStanding.Renamed => "Renommé",
            SipCodeStanding.Reserved => "Réservé",
            SipCodeStanding.Legacy => "Hérité",
            _ => "En vigueur",
        };

        private static SipStatusTextsFr F(int code, string meaning, string when, string resolve, string retry, string? standingNote = null)
            => new SipStatusTextsFr(code, meaning, when, resolve, retry, standingNote);
    }
}
