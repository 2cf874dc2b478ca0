using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

            }

            // The stacks' own spellings (CallLegTransactionDoesNotExist for 481), from their profiles.
            foreach (var (name, code) in Stacks.KnownStacks.MemberSpellings())
            {
                AddName(name, code);
            }
        }

        /// <summary>All 75 registered codes in ascending order.</summary>
        public static ImmutableArray<SipStatusInfo> All { get; }

        public static bool IsRegistered(int code) => Find(code) != null;

        public static SipStatusInfo? Find(int code) => code >= 0 && code <= MaxStatus ? ByCode[code] : null;

        /// <summary>
        /// The code an enum member name stands for, if the name is a registry phrase, member name or known alias
        /// after normalization (case, underscores, the stacks' member prefixes, <c>x486_</c> styles).
        /// 406 and 606 share the phrase "Not Acceptable"; the bare name resolves to 406.
        /// </summary>
        public static int? CodeForName(string name)
        {
            var normalized = NormalizeName(name);
            return normalized.Length != 0 && ByNormalizedName.TryGetValue(normalized, out var code) ? code : (int?)null;
        }

        /// <summary>Lower-case letters and digits only, without the stacks' member prefixes or <c>x486_</c> markers.</summary>
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

            // "x486BusyHere" or "sc486BusyHere": drop a leading letter-and-three-digits marker.
            if (text.Length > 4 && text[0] == 'x' && char.IsDigit(text[1]) && char.IsDigit(text[2]) && char.IsDigit(text[3]))
            {
                text = text.Substring(4);
            }

            return text;
        }

        /// <summary>The stacks' member prefixes in normalized form.</summary>
        private static readonly string[] Prefixes = Stacks.KnownStacks.MemberPrefixes
            .Select(p => new string(p.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray())).ToArray();

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
