using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace SipAnalyzers.Registry
{
    /// <summary>Lookups over the registered codes. Built once per process; read-only and thread-safe.</summary>
    internal static partial class SipStatusRegistry
    {
        /// <summary>Lowest and highest value a SIP status code can take (RFC 3261 section 7.2: classes 1xx to 6xx).</summary>
        public const int MinStatus = 100;
        public const int MaxStatus = 699;

        private static readonly SipStatusInfo?[] ByCode;
        private static readonly Dictionary<string, int> ByNormalizedName;

        static SipStatusRegistry()
        {
            var all = CreateAll();
            All = all.ToImmutableArray();
            ByCode = new SipStatusInfo?[MaxStatus + 1];
            ByNormalizedName = new Dictionary<string, int>();
            foreach (var info in all)
            {
                ByCode[info.Code] = info;
                AddName(info.MemberName, info.Code);
                AddName(info.ReasonPhrase, info.Code);
                foreach (var alias in info.Aliases)
                {
                    AddName(alias, info.Code);
                }

                // The main stacks' own spellings (CallLegTransactionDoesNotExist, PJSIP_SC_SESSION_TIMER_TOO_SMALL).
                if (info.SipSorceryName != null)
                {
                    AddName(info.SipSorceryName, info.Code);
                }

                if (info.PjsipName != null)
                {
                    AddName(info.PjsipName, info.Code);
                }
            }
        }

        /// <summary>All 75 registered codes in ascending order.</summary>
        public static ImmutableArray<SipStatusInfo> All { get; }

        public static bool IsRegistered(int code) => Find(code) != null;

        public static SipStatusInfo? Find(int code) => code >= 0 && code <= MaxStatus ? ByCode[code] : null;

        /// <summary>
        /// The code an enum member name stands for, if the name is a registry phrase, member name or known alias
        /// after normalization (case, underscores, <c>PJSIP_SC_</c> prefixes, <c>x486_</c> styles).
        /// 406 and 606 share the phrase "Not Acceptable"; the bare name resolves to 406.
        /// </summary>
        public static int? CodeForName(string name)
        {
            var normalized = NormalizeName(name);
            return normalized.Length != 0 && ByNormalizedName.TryGetValue(normalized, out var code) ? code : (int?)null;
        }

        /// <summary>Lower-case letters and digits only, without stack prefixes such as <c>PJSIP_SC_</c> or <c>x486_</c>.</summary>
        public static string NormalizeName(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var ch in name)
            {
                if (char.IsLetterOrDigit(ch))
                {
                    builder.Append(char.ToLowerInvariant(ch));
                }
            }

            var text = builder.ToString();
            foreach (var prefix in Prefixes)
            {
                if (text.StartsWith(prefix, System.StringComparison.Ordinal) && text.Length > prefix.Length)
                {
                    text = text.Substring(prefix.Length);
                    break;
                }
            }

            // "x486BusyHere" (LumiSoft style) or "sc486BusyHere": drop a leading letter-and-three-digits marker.
            if (text.Length > 4 && text[0] == 'x' && char.IsDigit(text[1]) && char.IsDigit(text[2]) && char.IsDigit(text[3]))
            {
                text = text.Substring(4);
            }

            return text;
        }

        private static readonly string[] Prefixes = { "pjsipsc", "pjsipac" };

        /// <summary>Where a main stack's enum is wrong or surprising for a code (shown on the code's docs page).</summary>
        public static readonly ImmutableDictionary<int, string> StackNotes = new Dictionary<int, string>
        {
            [380] = "SIPSorcery's `SIPResponseStatusCodesEnum.AlternativeService` is 304, not 380: do not use it. SipAnalyzers' fixes use `Sip.SipStatusCode.AlternativeService` instead.",
            [437] = "SIPSorcery (`UnsupportedCertificate`) and pjsip (`PJSIP_SC_UNSUPPORTED_CERTIFICATE`) still use the RFC 4474 name.",
            [485] = "pjsip spells this member `PJSIP_AC_AMBIGUOUS` (AC, not SC).",
            [408] = "pjsip also defines `PJSIP_SC_TSX_TIMEOUT` with this value: a local transaction timeout reported as 408 (RFC 3261 section 8.1.3.1).",
            [503] = "pjsip also defines `PJSIP_SC_TSX_TRANSPORT_ERROR` with this value: a local transport failure reported as 503 (RFC 3261 section 8.1.3.1).",
        }.ToImmutableDictionary();

        private static void AddName(string name, int code)
        {
            var normalized = NormalizeName(name);
            if (!ByNormalizedName.ContainsKey(normalized))
            {
                ByNormalizedName.Add(normalized, code);
            }
        }
    }
}
