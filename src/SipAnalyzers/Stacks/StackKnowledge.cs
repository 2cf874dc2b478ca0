using Microsoft.CodeAnalysis;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace SipAnalyzers.Stacks
{
    /// <summary>
    /// The known stacks' answers for one compilation: which enums, members, methods and events of the stacks it sees, and
    /// what they do. Symbols are matched by name (a metadata name compared from the end, no lookup) and enums resolved on
    /// first use, so a compilation pays only for what its code touches.
    /// </summary>
    internal sealed class StackKnowledge
    {
        private static readonly Dictionary<string, StatusMemberProfile[]> MembersByName = Index(KnownStacks.All.SelectMany(p => p.StatusMembers), m => m.Member);
        private static readonly Dictionary<string, MethodProfile[]> MethodsByName = Index(KnownStacks.All.SelectMany(p => p.Methods), m => m.Name);
        private static readonly Dictionary<string, EventProfile[]> EventsByName = Index(KnownStacks.All.SelectMany(p => p.Events), e => e.Name);

        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new ConcurrentDictionary<string, INamedTypeSymbol?>(StringComparer.Ordinal);

        public StackKnowledge(Compilation compilation) => _compilation = compilation;

        /// <summary>A type by metadata name, looked up once per compilation.</summary>
        public INamedTypeSymbol? Type(string metadataName)
            => _types.TryGetValue(metadataName, out var known) ? known : _types.GetOrAdd(metadataName, _compilation.GetTypeByMetadataName);

        /// <summary>One of the stacks' status enums (<c>SIPResponseStatusCodesEnum</c>, <c>pjsip_status_code</c>).</summary>
        public static bool IsStatusEnum(INamedTypeSymbol type)
        {
            foreach (var statusEnum in KnownStacks.StatusEnums)
            {
                if (HasMetadataName(type, statusEnum.MetadataName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The profile of a stack member that holds a status (a property or field definition), or null.</summary>
        public static StatusMemberProfile? StatusMember(ISymbol definition)
        {
            if (definition.Kind is not (SymbolKind.Property or SymbolKind.Field) || definition.ContainingType is not { } type
                || !MembersByName.TryGetValue(definition.Name, out var candidates))
            {
                return null;
            }

            return candidates.FirstOrDefault(c => HasMetadataName(type, c.Type));
        }

        /// <summary>The profile of a stack method (its declaring type or a base type matches), or null.</summary>
        public static MethodProfile? Method(IMethodSymbol method)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            if (!MethodsByName.TryGetValue(definition.Name, out var candidates))
            {
                return null;
            }

            for (var type = definition.ContainingType; type != null; type = type.BaseType)
            {
                foreach (var candidate in candidates)
                {
                    if (HasMetadataName(type, candidate.Type))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        /// <summary>What a stack event hands its handlers; <see cref="ResponseDelivery.Unknown"/> for any other event.</summary>
        public static ResponseDelivery Delivery(IEventSymbol subscribed)
        {
            if (!EventsByName.TryGetValue(subscribed.Name, out var candidates))
            {
                return ResponseDelivery.Unknown;
            }

            for (var type = subscribed.ContainingType; type != null; type = type.BaseType)
            {
                foreach (var candidate in candidates)
                {
                    if (!candidate.IsOverride && HasMetadataName(type, candidate.Type))
                    {
                        return candidate.Delivers;
                    }
                }
            }

            return ResponseDelivery.Unknown;
        }

        /// <summary>A known stack's failure event (by name) whose temporary failures come on another event.</summary>
        public static bool TemporaryFailuresElsewhere(string eventName)
            => EventsByName.TryGetValue(eventName, out var candidates) && candidates.Any(c => c.TemporaryFailuresElsewhere);

        /// <summary>What a stack callback that the application overrides (by name and the type it overrides) hands it.</summary>
        public static ResponseDelivery CallbackDelivery(IMethodSymbol method)
        {
            var overridden = method;
            while (overridden.OverriddenMethod != null)
            {
                overridden = overridden.OverriddenMethod;
            }

            if (!EventsByName.TryGetValue(overridden.Name, out var candidates))
            {
                return ResponseDelivery.Unknown;
            }

            foreach (var candidate in candidates)
            {
                if (candidate.IsOverride && HasMetadataName(overridden.ContainingType, candidate.Type))
                {
                    return candidate.Delivers;
                }
            }

            return ResponseDelivery.Unknown;
        }

        /// <summary>Sends, dials or registers: calling it again after a failure is a retry.</summary>
        public static bool IsRequestSender(IMethodSymbol method)
            => Method(method) is { Role: MethodRole.Send or MethodRole.Dial or MethodRole.Register };

        /// <summary>A top-level or nested type's metadata name is <paramref name="metadataName"/>, compared from the end without building it.</summary>
        internal static bool HasMetadataName(INamedTypeSymbol type, string metadataName)
        {
            var end = metadataName.Length;
            for (var current = type; ; current = current.ContainingType)
            {
                var name = current.MetadataName;
                end -= name.Length;
                if (end < 0 || string.CompareOrdinal(metadataName, end, name, 0, name.Length) != 0)
                {
                    return false;
                }

                if (current.ContainingType == null)
                {
                    break;
                }

                end--;
                if (end < 0 || metadataName[end] != '+')
                {
                    return false;
                }
            }

            for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                if (end == 0 || metadataName[end - 1] != '.')
                {
                    return false;
                }

                end -= ns.Name.Length + 1;
                if (end < 0 || string.CompareOrdinal(metadataName, end, ns.Name, 0, ns.Name.Length) != 0)
                {
                    return false;
                }
            }

            return end == 0;
        }

        private static Dictionary<string, T[]> Index<T>(IEnumerable<T> items, Func<T, string> key)
            => items.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }
}
