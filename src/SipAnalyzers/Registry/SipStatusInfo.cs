using System.Collections.Immutable;

namespace SipAnalyzers.Registry
{
    /// <summary>One registered SIP response code: the facts and texts every output is derived from.</summary>
    internal sealed class SipStatusInfo
    {
        public SipStatusInfo(
            int code,
            string reasonPhrase,
            string memberName,
            string rfc,
            string section,
            SipCodeStanding standing,
            string meaning,
            string whenYouSeeIt,
            string howToResolve,
            string retry,
            int[] lookAlikes,
            string[] aliases,
            string? standingNote)
        {
            Code = code;
            ReasonPhrase = reasonPhrase;
            MemberName = memberName;
            Rfc = rfc;
            Section = section;
            Standing = standing;
            Meaning = meaning;
            WhenYouSeeIt = whenYouSeeIt;
            HowToResolve = howToResolve;
            Retry = retry;
            LookAlikes = lookAlikes.ToImmutableArray();
            Aliases = aliases.ToImmutableArray();
            StandingNote = standingNote;
        }

        public int Code { get; }

        /// <summary>The IANA registry's reason phrase (RFC 3261 section 21 wording).</summary>
        public string ReasonPhrase { get; }

        /// <summary>Member name in the generated <c>Sip.SipStatusCode</c> enum.</summary>
        public string MemberName { get; }

        /// <summary>Defining RFC, e.g. "RFC 3261".</summary>
        public string Rfc { get; }

        /// <summary>Section in <see cref="Rfc"/>, e.g. "21.4.24"; empty when the RFC as a whole defines it.</summary>
        public string Section { get; }

        public SipCodeStanding Standing { get; }

        public string Meaning { get; }

        public string WhenYouSeeIt { get; }

        public string HowToResolve { get; }

        /// <summary>Whether and how a client may retry after this response.</summary>
        public string Retry { get; }

        /// <summary>Codes developers confuse with this one.</summary>
        public ImmutableArray<int> LookAlikes { get; }

        /// <summary>Other names the main stacks use for this code (for name matching), without prefixes.</summary>
        public ImmutableArray<string> Aliases { get; }



        /// <summary>Why the code is deprecated, renamed, reserved or legacy; null when current.</summary>
        public string? StandingNote { get; }

        public SipStatusClass Class => (SipStatusClass)(Code / 100);

        public string ClassText => SipStatusClassText.Describe(Class);

        /// <summary>"RFC 3261 section 21.4.24" or "RFC 8197".</summary>
        public string Citation => Section.Length == 0 ? Rfc : Rfc + " section " + Section;

        /// <summary><see cref="Citation"/> in the message's language ("RFC 3261, section 21.4.24" in French).</summary>
        public object LocalizedCitation => Section.Length == 0 ? Rfc : Diagnostics.Fragments.Citation(Rfc, Section);

        /// <summary>"486 Busy Here".</summary>
        public string Title => Code + " " + ReasonPhrase;

        /// <summary>"486 (Busy Here, 4xx Request Failure)".</summary>
        /// <summary>"486 (Busy Here, 4xx request failure)": in every SIP1001 message, so made once.</summary>
        public string ShortDescription => _shortDescription ??= Code + " (" + ReasonPhrase + ", " + ClassText + ")";

        private string? _shortDescription;
    }
}
