using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SipAnalyzers.Configuration
{
    /// <summary>
    /// The <c>sip_analyzers.*</c> options of one compilation, read once at compilation start from the global config
    /// and every tree's .editorconfig section (the union: these options name symbols, which are compilation-wide).
    /// </summary>
    internal sealed class SipAnalyzerOptions
    {
        public const string StatusEnumKey = "sip_analyzers.status_enum";
        public const string StatusSymbolsKey = "sip_analyzers.status_symbols";
        public const string ExcludedSymbolsKey = "sip_analyzers.excluded_symbols";
        public const string SendMethodsKey = "sip_analyzers.send_methods";

        /// <summary>The language of the generated <c>SipStatusCode</c> documentation ("en", the default, or "fr"); read by the generator.</summary>
        public const string DocumentationLanguageKey = "sip_analyzers.documentation_language";

        /// <summary>Every option this package reads: a <c>sip_analyzers.*</c> key outside this list is a mistake.</summary>
        public static readonly ImmutableArray<string> KnownKeys = ImmutableArray.Create(StatusEnumKey, StatusSymbolsKey, ExcludedSymbolsKey, SendMethodsKey, DocumentationLanguageKey);

        private const string KeyPrefix = "sip_analyzers.";

        public static readonly SipAnalyzerOptions Empty =
            new SipAnalyzerOptions(null, string.Empty, ImmutableArray<SymbolPattern>.Empty, ImmutableArray<SymbolPattern>.Empty, ImmutableArray<SymbolPattern>.Empty,
                ImmutableArray<(string, object)>.Empty, ImmutableArray<(string, object)>.Empty);

        private SipAnalyzerOptions(string? statusEnum, object statusEnumSource, ImmutableArray<SymbolPattern> statusSymbols, ImmutableArray<SymbolPattern> excludedSymbols,
            ImmutableArray<SymbolPattern> sendMethods, ImmutableArray<(string Key, object Source)> unknownKeys,
            ImmutableArray<(string Value, object Source)> unsupportedLanguages)
        {
            UnsupportedLanguages = unsupportedLanguages;
            StatusEnum = statusEnum;
            StatusEnumSource = statusEnumSource;
            StatusSymbols = statusSymbols;
            ExcludedSymbols = excludedSymbols;
            SendMethods = sendMethods;
            UnknownKeys = unknownKeys;
        }

        /// <summary><c>sip_analyzers.*</c> keys that are no option (<c>status_symbol</c> for <c>status_symbols</c>), with where each was set.</summary>
        public ImmutableArray<(string Key, object Source)> UnknownKeys { get; }

        /// <summary><c>sip_analyzers.documentation_language</c> values that are neither English nor French, with where each was set.</summary>
        public ImmutableArray<(string Value, object Source)> UnsupportedLanguages { get; }

        /// <summary>The documentation languages the generator has texts for.</summary>
        public static bool IsSupportedLanguage(string value)
            => value.Trim().StartsWith("en", StringComparison.OrdinalIgnoreCase) || value.Trim().StartsWith("fr", StringComparison.OrdinalIgnoreCase);

        /// <summary>Documentation-comment ID (or metadata name) of the enum fixes should use.</summary>
        public string? StatusEnum { get; }

        /// <summary>Where <see cref="StatusEnum"/> was set (see <see cref="SymbolPattern.Source"/>).</summary>
        public object StatusEnumSource { get; }

        public ImmutableArray<SymbolPattern> StatusSymbols { get; }

        public ImmutableArray<SymbolPattern> ExcludedSymbols { get; }

        /// <summary>Methods that send a SIP request, beyond the names the retry rules recognise (<c>M:Acme.Pbx.Trunk.Originate(System.String)</c>).</summary>
        public ImmutableArray<SymbolPattern> SendMethods { get; }

        public bool IsEmpty => StatusEnum == null && StatusSymbols.IsEmpty && ExcludedSymbols.IsEmpty && SendMethods.IsEmpty && UnknownKeys.IsEmpty && UnsupportedLanguages.IsEmpty;

        /// <summary>
        /// The options as one more stack profile, the user's own stack: its status enum (a metadata name, or a
        /// documentation-comment ID the context resolves) and its symbols by documentation-comment ID patterns.
        /// </summary>
        public Stacks.StackProfile ToProfile() => new Stacks.StackProfile
        {
            Name = ".editorconfig (sip_analyzers.*)",
            StatusEnums = StatusEnum == null
                ? new Stacks.StatusEnumProfile[0]
                : new[] { new Stacks.StatusEnumProfile { MetadataName = StatusEnum.StartsWith("T:", StringComparison.Ordinal) ? StatusEnum.Substring(2) : StatusEnum } },
            StatusSymbolPatterns = StatusSymbols.ToArray(),
            ExcludedSymbolPatterns = ExcludedSymbols.ToArray(),
            SendMethodPatterns = SendMethods.ToArray(),
        };

        public static SipAnalyzerOptions Read(Compilation compilation, AnalyzerConfigOptionsProvider provider)
        {
            string? statusEnum = null;
            object statusEnumSource = string.Empty;
            var statusSymbols = new List<SymbolPattern>();
            var excluded = new List<SymbolPattern>();
            var sendMethods = new List<SymbolPattern>();
            var unknown = new List<(string Key, object Source)>();
            var languages = new List<(string Value, object Source)>();
            var seen = new HashSet<AnalyzerConfigOptions>();

            // The source is named only for an options object not seen yet: trees under one .editorconfig share one.
            void ReadFrom(AnalyzerConfigOptions options, SyntaxTree? tree)
            {
                if (!seen.Add(options))
                {
                    return;
                }

                object source = tree == null ? Diagnostics.Fragments.SetInGlobalConfig
                    : Diagnostics.Fragments.SetInEditorConfig(System.IO.Path.GetFileName(tree.FilePath));

                if (statusEnum == null && options.TryGetValue(StatusEnumKey, out var value) && !string.IsNullOrWhiteSpace(value))
                {
                    statusEnum = value.Trim();
                    statusEnumSource = source;
                }

                AddPatterns(options, StatusSymbolsKey, statusSymbols, source);
                AddPatterns(options, ExcludedSymbolsKey, excluded, source);
                AddPatterns(options, SendMethodsKey, sendMethods, source);
                if (options.TryGetValue(DocumentationLanguageKey, out var language) && !IsSupportedLanguage(language)
                    && !languages.Exists(l => string.Equals(l.Value, language.Trim(), StringComparison.OrdinalIgnoreCase)))
                {
                    languages.Add((language.Trim(), source));
                }

                foreach (var key in options.Keys)
                {
                    if (key.StartsWith(KeyPrefix, StringComparison.OrdinalIgnoreCase) && !KnownKeys.Contains(key, StringComparer.OrdinalIgnoreCase)
                        && !unknown.Exists(u => string.Equals(u.Key, key, StringComparison.OrdinalIgnoreCase)))
                    {
                        unknown.Add((key, source));
                    }
                }
            }

            ReadFrom(provider.GlobalOptions, null);
            foreach (var tree in compilation.SyntaxTrees)
            {
                ReadFrom(provider.GetOptions(tree), tree);
            }

            if (statusEnum == null && statusSymbols.Count == 0 && excluded.Count == 0 && sendMethods.Count == 0 && unknown.Count == 0 && languages.Count == 0)
            {
                return Empty;
            }

            return new SipAnalyzerOptions(statusEnum, statusEnumSource, statusSymbols.ToImmutableArray(), excluded.ToImmutableArray(), sendMethods.ToImmutableArray(),
                unknown.ToImmutableArray(), languages.ToImmutableArray());
        }

        private static void AddPatterns(AnalyzerConfigOptions options, string key, List<SymbolPattern> into, object source)
        {
            if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            foreach (var item in value.Split(new[] { ',', ';', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!into.Exists(p => p.Written == item))
                {
                    into.Add(new SymbolPattern(item, key, source));
                }
            }
        }

        /// <summary>The option nearest to an unknown <paramref name="key"/> by edit distance, if it is close enough to be the one meant.</summary>
        public static string? NearestKnownKey(string key)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var option in KnownKeys)
            {
                var distance = EditDistance(key.ToLowerInvariant(), option);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (option, distance);
                }
            }

            return bestDistance <= 4 ? best : null;
        }

        private static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    current[j] = System.Math.Min(System.Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
