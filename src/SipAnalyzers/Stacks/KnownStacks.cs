using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SipAnalyzers.Stacks
{
    /// <summary>
    /// The profiles the package ships, and the lists derived from them (marker assemblies, source words, enum member
    /// spellings, per-code notes). A new stack is one more profile in <see cref="All"/>.
    /// </summary>
    internal static class KnownStacks
    {
        public static readonly ImmutableArray<StackProfile> All = ImmutableArray.Create(
            SipSorceryProfile.Profile, Pjsua2Profile.Profile, LumiSoftProfile.Profile, UcmaProfile.Profile);

        /// <summary>Referenced assemblies whose presence means the compilation does SIP.</summary>
        public static readonly ImmutableArray<string> MarkerAssemblies =
            All.SelectMany(p => p.MarkerAssemblies).Distinct().ToImmutableArray();

        /// <summary>
        /// The words the early exit looks for in source texts: the SIP words every SIP code base writes somewhere, and each
        /// stack's own (its namespace may not contain "sip").
        /// </summary>
        public static readonly ImmutableArray<string> SourceWords =
            new[] { "sip", "b2bua" }.Concat(All.SelectMany(p => p.SourceWords)).Distinct().ToImmutableArray();

        /// <summary>The stacks' status enums by metadata name.</summary>
        public static readonly ImmutableArray<StatusEnumProfile> StatusEnums =
            All.SelectMany(p => p.StatusEnums).ToImmutableArray();

        /// <summary>Prefixes of the stacks' enum member names (<c>PJSIP_SC_</c>), for name comparisons.</summary>
        public static readonly ImmutableArray<string> MemberPrefixes =
            StatusEnums.SelectMany(e => e.MemberPrefixes).Distinct().ToImmutableArray();

        /// <summary>(stack, its enum's member for the code) for every stack whose enum names the code; the docs list them.</summary>
        public static IEnumerable<(StackProfile Stack, StatusEnumProfile Enum, string? Member)> EnumMembers(int code)
        {
            foreach (var stack in All)
            {
                foreach (var statusEnum in stack.StatusEnums)
                {
                    yield return (stack, statusEnum, statusEnum.Members.TryGetValue(code, out var member) ? member : null);
                }
            }
        }

        /// <summary>Every stack enum member's spelling of a registered code (<c>CallLegTransactionDoesNotExist</c> is 481).</summary>
        public static IEnumerable<(string Name, int Code)> MemberSpellings()
            => StatusEnums.SelectMany(e => e.Members.Select(m => (m.Value, m.Key)));

        /// <summary>What a stack means by an unregistered code inside 100..699 (pjsip's 490), or null.</summary>
        public static Diagnostics.BilingualText? UnregisteredOrigin(int code)
            => All.SelectMany(p => p.UnregisteredCodes).FirstOrDefault(n => n.Code == code)?.Localized;

        /// <summary>What a stack's local code outside 100..699 is (pjsip's 7xx), or null.</summary>
        public static Diagnostics.BilingualText? LocalCodeNote(int code)
            => All.SelectMany(p => p.LocalCodes).FirstOrDefault(r => code >= r.From && code <= r.To) is { } range
                ? new Diagnostics.BilingualText(range.Text, range.French)
                : null;

        /// <summary>The stacks' quirks for a code, for its docs page.</summary>
        public static IEnumerable<string> Notes(int code)
            => All.SelectMany(p => p.Notes).Where(n => n.Code == code).Select(n => n.Text);

        /// <summary>The same notes in French, for docs/fr.</summary>
        public static IEnumerable<string> FrenchNotes(int code)
            => All.SelectMany(p => p.Notes).Where(n => n.Code == code).Select(n => n.French);

        /// <summary>Every note and local-code text of every profile, for the translation completeness test.</summary>
        public static IEnumerable<Diagnostics.BilingualText> AllNotes()
            => All.SelectMany(p => p.Notes.Concat(p.UnregisteredCodes).Select(n => n.Localized)
                .Concat(p.LocalCodes.Select(r => new Diagnostics.BilingualText(r.Text, r.French))));
    }
}
