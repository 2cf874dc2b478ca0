using Microsoft.CodeAnalysis;
using SipAnalyzers.Configuration;
using System.Collections.Immutable;

namespace SipAnalyzers.Context
{
    /// <summary>
    /// The user's own stack, the profile the <c>sip_analyzers.*</c> options make (<see cref="SipAnalyzerOptions.ToProfile"/>):
    /// its symbols (status slots, exclusions, send methods) matched by their documentation-comment IDs, and the
    /// <c>[SipStatusCode]</c> attribute any code base may declare.
    /// </summary>
    internal sealed class ConfiguredSymbols
    {
        private readonly ImmutableArray<SymbolPattern> _statusSymbols;
        private readonly ImmutableArray<SymbolPattern> _excluded;
        private readonly ImmutableArray<SymbolPattern> _sendMethods;

        public ConfiguredSymbols(Stacks.StackProfile userProfile)
        {
            _statusSymbols = userProfile.StatusSymbolPatterns.ToImmutableArray();
            _excluded = userProfile.ExcludedSymbolPatterns.ToImmutableArray();
            _sendMethods = userProfile.SendMethodPatterns.ToImmutableArray();
        }

        /// <summary>No symbol is configured as a slot: a name that does not look like a status rules a symbol out.</summary>
        public bool HasNoStatusSymbols => _statusSymbols.IsEmpty;

        public bool IsStatusSymbol(ISymbol symbol) => MatchesAny(_statusSymbols, symbol);

        public bool IsExcluded(ISymbol symbol) => MatchesAny(_excluded, symbol);

        public bool IsSendMethod(IMethodSymbol method) => MatchesAny(_sendMethods, (method.ReducedFrom ?? method).OriginalDefinition);

        public static bool MatchesAny(ImmutableArray<SymbolPattern> patterns, ISymbol symbol)
        {
            if (patterns.IsEmpty)
            {
                return false;
            }

            var id = DocumentationId(symbol);
            if (id == null)
            {
                return false;
            }

            foreach (var pattern in patterns)
            {
                if (pattern.Matches(id))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Documentation-comment ID; a parameter is its method's ID + '#' + name.</summary>
        public static string? DocumentationId(ISymbol symbol)
        {
            if (symbol is IParameterSymbol parameter)
            {
                var owner = parameter.ContainingSymbol?.GetDocumentationCommentId();
                return owner == null ? null : owner + "#" + parameter.Name;
            }

            return symbol.GetDocumentationCommentId();
        }

        public static bool HasSipStatusCodeAttribute(ISymbol symbol)
            => HasSipStatusCodeAttribute(symbol.GetAttributes())
               || (symbol is IMethodSymbol method && HasSipStatusCodeAttribute(method.GetReturnTypeAttributes()));

        public static bool HasSipStatusCodeAttribute(ImmutableArray<AttributeData> attributes)
        {
            foreach (var attribute in attributes)
            {
                var name = attribute.AttributeClass?.Name;
                if (name == "SipStatusCodeAttribute" || name == "SipStatusCode")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
