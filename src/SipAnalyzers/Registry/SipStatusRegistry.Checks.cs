using SipAnalyzers.Diagnostics;
using System;
using System.Collections.Generic;
using System.Linq;

namespace SipAnalyzers.Registry
{
    /// <summary>What the registry says about one enum member (name and value), for SIP1004 and the fixes.</summary>
    internal enum MemberVerdict
    {
        /// <summary>The name is the value's phrase, member name or a known alias; or a sentinel; or an unknown name on a registered value.</summary>
        Agrees,

        /// <summary>The name stands for another registered code (<c>AlternativeService = 304</c>, <c>Ambiguous = 487</c>).</summary>
        NameMeansOtherCode,

        /// <summary>A name the registry does not know, on a value inside 100..699 that is not registered (<c>SC_CONFLICT = 409</c>).</summary>
        UnregisteredValue,
    }

    internal static partial class SipStatusRegistry
    {
        /// <summary>
        /// Checks an enum member against the registry. Value 0 is a sentinel under any name, values outside 100..699
        /// are sentinels or local codes (a stack's 7xx, <c>_force_32bit</c>), and an unknown name on a registered value may
        /// be a vendor's alias: all three agree.
        /// </summary>
        public static MemberVerdict CheckMember(string name, int value, out int namedCode)
        {
            namedCode = CodeForName(name) ?? 0;
            if (value == 0)
            {
                return MemberVerdict.Agrees;
            }

            if (namedCode != 0)
            {
                // 406 and 606 share the phrase Not Acceptable: the bare name fits both.
                return namedCode == value || (namedCode == 406 && value == 606) ? MemberVerdict.Agrees : MemberVerdict.NameMeansOtherCode;
            }

            return value >= MinStatus && value <= MaxStatus && !IsRegistered(value) ? MemberVerdict.UnregisteredValue : MemberVerdict.Agrees;
        }

        /// <summary>
        /// How a client treats an unregistered code (RFC 3261 section 8.1.3.2): an unknown final code as the x00 of its
        /// class, an unknown provisional other than 100 as 183.
        /// </summary>
        public static SipStatusInfo TreatedAs(int code) => Find(code / 100 == 1 ? 183 : code / 100 * 100)!;

        /// <summary>The registered codes of the same class closest to an unregistered one: up to five within 9, ascending.</summary>
        public static IReadOnlyList<int> Nearest(int code)
        {
            return All.Where(i => i.Code / 100 == code / 100 && Math.Abs(i.Code - code) <= 9)
                .OrderBy(i => Math.Abs(i.Code - code)).ThenBy(i => i.Code)
                .Take(5)
                .Select(i => i.Code)
                .OrderBy(c => c)
                .ToList();
        }

        /// <summary>Where well-known unregistered codes come from (../shared/reference/sip-status-codes.md section 1.1).</summary>
        public static BilingualText? UnregisteredOrigin(int code)
        {
            switch (code)
            {
                case 303: return new BilingualText("an HTTP code (See Other)", "un code HTTP (See Other)");
                case 304: return new BilingualText("an HTTP code (Not Modified); Alternative Service is 380", "un code HTTP (Not Modified) ; Alternative Service est le 380");
                case 409: return new BilingualText("an RFC 2543 code (Conflict) that RFC 3261 dropped", "un code de la RFC 2543 (Conflict) que la RFC 3261 a supprimé");
                case 411: return new BilingualText("an RFC 2543 code (Length Required) that RFC 3261 dropped", "un code de la RFC 2543 (Length Required) que la RFC 3261 a supprimé");
                default: return Stacks.KnownStacks.UnregisteredOrigin(code);
            }
        }

        /// <summary>
        /// The parts of the messages on an unregistered code: where it comes from (" (an HTTP code ...)" or empty), the
        /// registered code a client treats it as ("400 Bad Request"), and the nearest registered codes of its class
        /// ("; nearest registered 4xx: 491, 493, 494" or empty), each in the message's language.
        /// </summary>
        public static (object Origin, string TreatedAs, object Nearest) UnregisteredParts(int code)
        {
            var origin = UnregisteredOrigin(code);
            var treated = TreatedAs(code);
            var nearest = Nearest(code);
            return (origin != null ? Fragments.Origin(origin) : string.Empty,
                treated.Code + " " + treated.ReasonPhrase,
                nearest.Count == 0 ? string.Empty : Fragments.NearestRegistered(code / 100 + "xx", string.Join(", ", nearest)));
        }
    }
}
