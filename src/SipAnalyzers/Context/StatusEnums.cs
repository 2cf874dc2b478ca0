using Microsoft.CodeAnalysis;
using SipAnalyzers.Detection;
using SipAnalyzers.Registry;
using SipAnalyzers.Stacks;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace SipAnalyzers.Context
{
    /// <summary>
    /// Which enums are SIP status enums (ours, the stacks', the configured one, attributed ones, and look-alikes: SIP in
    /// the name, mostly registered values), and which member of one a fix may use for a value. Cached per enum.
    /// </summary>
    internal sealed class StatusEnums
    {
        private readonly SipCompilationContext _sip;
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _verdicts = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, Dictionary<int, IFieldSymbol>> _members =
            new ConcurrentDictionary<INamedTypeSymbol, Dictionary<int, IFieldSymbol>>(SymbolEqualityComparer.Default);

        public StatusEnums(SipCompilationContext sip) => _sip = sip;

        public bool IsStatusEnum(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Enum)
            {
                return false;
            }

            return _verdicts.GetOrAdd(named.OriginalDefinition, t => Compute((INamedTypeSymbol)t));
        }

        private bool Compute(INamedTypeSymbol type)
        {
            if (SymbolEqualityComparer.Default.Equals(type, _sip.GeneratedEnum) || SymbolEqualityComparer.Default.Equals(type, _sip.ConfiguredEnum)
                || StackKnowledge.IsStatusEnum(type))
            {
                return true;
            }

            if (_sip.Configured.IsExcluded(type))
            {
                return false;
            }

            if (_sip.Configured.IsStatusSymbol(type) || ConfiguredSymbols.HasSipStatusCodeAttribute(type.GetAttributes()))
            {
                return true;
            }

            var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            if (SipNames.HasOtherProtocolWord(type.Name) || SipNames.HasOtherProtocolWord(ns))
            {
                return false;
            }

            if (!SipNames.HasSipWord(type.Name) && !SipNames.HasSipWord(ns))
            {
                return false;
            }

            // Most members must be registered codes: a SIP method or transport enum is not a status enum.
            int values = 0, registered = 0;
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Constants.TryGetInt(field.ConstantValue, out var value) && value != 0)
                {
                    values++;
                    if (SipStatusRegistry.IsRegistered(value))
                    {
                        registered++;
                    }
                }
            }

            return registered >= 3 && registered * 5 >= values * 3;
        }

        /// <summary>
        /// The enum member a fix may use for <paramref name="value"/>: one with that value whose name does not name
        /// another registered code (an enum's <c>AlternativeService = 304</c> is never used for 304 or 380).
        /// </summary>
        public IFieldSymbol? FindMember(INamedTypeSymbol enumType, int value)
        {
            var members = _members.GetOrAdd(enumType, BuildMemberMap);
            return members.TryGetValue(value, out var member) ? member : null;
        }

        private static Dictionary<int, IFieldSymbol> BuildMemberMap(INamedTypeSymbol enumType)
        {
            var map = new Dictionary<int, IFieldSymbol>();
            var exact = new HashSet<int>();
            foreach (var member in enumType.GetMembers())
            {
                if (member is not IFieldSymbol { HasConstantValue: true } field || !Constants.TryGetInt(field.ConstantValue, out var value)
                    || field.GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute")
                    || SipStatusRegistry.CheckMember(field.Name, value, out var named) == MemberVerdict.NameMeansOtherCode)
                {
                    continue;
                }

                var agrees = named != 0;
                if (!map.ContainsKey(value) || (agrees && !exact.Contains(value)))
                {
                    map[value] = field;
                    if (agrees)
                    {
                        exact.Add(value);
                    }
                }
            }

            return map;
        }

        /// <summary>A SIP status enum declared in the compilation's sources (the first by name), for fixes of plain ints.</summary>
        public INamedTypeSymbol? FindSourceStatusEnum()
        {
            INamedTypeSymbol? best = null;
            foreach (var symbol in _sip.Compilation.GetSymbolsWithName(SipNames.HasSipWord, SymbolFilter.Type))
            {
                if (symbol is INamedTypeSymbol type && type.TypeKind == TypeKind.Enum && IsStatusEnum(type)
                    && (best == null || string.CompareOrdinal(type.ToDisplayString(), best.ToDisplayString()) < 0))
                {
                    best = type;
                }
            }

            return best;
        }
    }
}
