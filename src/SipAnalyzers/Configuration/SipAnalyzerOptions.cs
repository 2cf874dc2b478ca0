using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;

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

        public static readonly SipAnalyzerOptions Empty =
            new SipAnalyzerOptions(null, ImmutableArray<SymbolPattern>.Empty, ImmutableArray<SymbolPattern>.Empty, ImmutableArray<SymbolPattern>.Empty);

        private SipAnalyzerOptions(string? statusEnum, ImmutableArray<SymbolPattern> statusSymbols, ImmutableArray<SymbolPattern> excludedSymbols, ImmutableArray<SymbolPattern> sendMethods)
        {
            StatusEnum = statusEnum;
            StatusSymbols = statusSymbols;
            ExcludedSymbols = excludedSymbols;
            SendMethods = sendMethods;
        }

        /// <summary>Documentation-comment ID (or metadata name) of the enum fixes should use.</summary>
        public string? StatusEnum { get; }

        public ImmutableArray<SymbolPattern> StatusSymbols { get; }

        public ImmutableArray<SymbolPattern> ExcludedSymbols { get; }

        /// <summary>Methods that send a SIP request, beyond the names the retry rules recognise (<c>M:Acme.Pbx.Trunk.Originate(System.String)</c>).</summary>
        public ImmutableArray<SymbolPattern> SendMethods { get; }

        public bool IsEmpty => StatusEnum == null && StatusSymbols.IsEmpty && ExcludedSymbols.IsEmpty && SendMethods.IsEmpty;

        public static SipAnalyzerOptions Read(Compilation compilation, AnalyzerConfigOptionsProvider provider)
        {
            string? statusEnum = null;
            var statusSymbols = new List<SymbolPattern>();
            var excluded = new List<SymbolPattern>();
            var sendMethods = new List<SymbolPattern>();
            var seen = new HashSet<AnalyzerConfigOptions>();

            void ReadFrom(AnalyzerConfigOptions options)
            {
                if (!seen.Add(options))
                {
                    return;
                }

                if (options.TryGetValue(StatusEnumKey, out var value) && !string.IsNullOrWhiteSpace(value))
                {
                    statusEnum ??= value.Trim();
                }

                AddPatterns(options, StatusSymbolsKey, statusSymbols);
                AddPatterns(options, ExcludedSymbolsKey, excluded);
                AddPatterns(options, SendMethodsKey, sendMethods);
            }

            ReadFrom(provider.GlobalOptions);
            foreach (var tree in compilation.SyntaxTrees)
            {
                ReadFrom(provider.GetOptions(tree));
            }

            if (statusEnum == null && statusSymbols.Count == 0 && excluded.Count == 0 && sendMethods.Count == 0)
            {
                return Empty;
            }

            return new SipAnalyzerOptions(statusEnum, statusSymbols.ToImmutableArray(), excluded.ToImmutableArray(), sendMethods.ToImmutableArray());
        }

        private static void AddPatterns(AnalyzerConfigOptions options, string key, List<SymbolPattern> into)
        {
            if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            foreach (var item in value.Split(new[] { ',', ';', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!into.Exists(p => p.Text == item))
                {
                    into.Add(new SymbolPattern(item));
                }
            }
        }
    }
}
