using Microsoft.CodeAnalysis;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP1001: a registered code (100..699) written as a raw number where a SIP status goes (<see cref="StatusPosition"/>);
    /// class bounds such as <c>&gt;= 600</c> are the range rules'. The fix names the code with the slot's own enum, the
    /// stack's, the configured one or the generated <c>Sip.SipStatusCode</c>. Called by <see cref="LiteralRules"/>.
    /// </summary>
    internal static class SIP1001_RawStatusCode
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.RawStatusCode,
            title: SipResources.Title(DiagnosticIds.RawStatusCode),
            messageFormat: SipResources.Message(DiagnosticIds.RawStatusCode),
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.RawStatusCode),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RawStatusCode));

        /// <summary>An int slot whose value is also an enum-typed member of the same object: both actions are offered.</summary>
        public static readonly DiagnosticDescriptor WithTwin = Descriptor.Variant(SipResources.Message(DiagnosticIds.RawStatusCode, nameof(WithTwin)));

        /// <summary>The slot's enum has no member that correctly names the code: no fix.</summary>
        public static readonly DiagnosticDescriptor EnumLacksMember = Descriptor.Variant(SipResources.Message(DiagnosticIds.RawStatusCode, nameof(EnumLacksMember)));

        /// <summary>No status enum at all in the compilation: no fix.</summary>
        public static readonly DiagnosticDescriptor NoEnum = Descriptor.Variant(SipResources.Message(DiagnosticIds.RawStatusCode, nameof(NoEnum)));

        /// <summary>The fix and message per slot, value and place shape: a code base repeats the same few.</summary>
        internal sealed class FixCache : ConcurrentDictionary<FixKey, Fix>
        {
        }

        public static Diagnostic? Check(SipCompilationContext sip, IOperation literal, ISymbol containingSymbol, int value, SipStatusInfo info, FixCache fixes)
        {
            if (!StatusPosition.TryFind(sip, literal, containingSymbol, out var position) || position.IsRangeBound
                || CodeTables.IsDefinition(literal, value))
            {
                return null;
            }

            // The fix's properties and the advice depend only on the slot, the value and the shape of the place, and a
            // code base repeats the same few (486 against StatusCode): built once per compilation, not per finding.
            var key = position.Slot.SlotEnum is { } slotEnum
                ? new FixKey(slotEnum, null, value, position.EnumCast != null)
                : new FixKey(null, position.Slot.Info, value, position.ComparedMember != null);
            var fix = fixes.TryGetValue(key, out var known) ? known : fixes.GetOrAdd(key, BuildFix(sip, key));
            var arguments = new object[3 + fix.Advice.Length];
            arguments[0] = info.Code;
            arguments[1] = info.ReasonPhrase;
            arguments[2] = info.ClassText;
            fix.Advice.CopyTo(arguments, 3);
            return Diagnostic.Create(fix.Message, literal.Syntax.GetLocation(), fix.Properties, arguments);
        }

        /// <summary>
        /// What a SIP1001 fix depends on: the slot's own enum, or for an int slot the enum its API prefers and its enum
        /// twin; the value; the enum cast (enum slot) or the compared member (int slot, for the twin).
        /// </summary>
        internal readonly struct FixKey : IEquatable<FixKey>
        {
            public FixKey(INamedTypeSymbol? slotEnum, SlotInfo? intSlot, int value, bool castOrCompared)
            {
                SlotEnum = slotEnum;
                PreferredEnum = intSlot?.PreferredEnum;
                Twin = intSlot?.Twin;
                Value = value;
                CastOrCompared = castOrCompared;
            }

            public INamedTypeSymbol? SlotEnum { get; }

            public INamedTypeSymbol? PreferredEnum { get; }

            public ISymbol? Twin { get; }

            public int Value { get; }

            public bool CastOrCompared { get; }

            public bool Equals(FixKey other)
                => Value == other.Value && CastOrCompared == other.CastOrCompared
                   && SymbolEqualityComparer.Default.Equals(SlotEnum, other.SlotEnum)
                   && SymbolEqualityComparer.Default.Equals(PreferredEnum, other.PreferredEnum)
                   && SymbolEqualityComparer.Default.Equals(Twin, other.Twin);

            public override bool Equals(object? obj) => obj is FixKey other && Equals(other);

            public override int GetHashCode()
                => (((((SymbolEqualityComparer.Default.GetHashCode(SlotEnum) * 31) + SymbolEqualityComparer.Default.GetHashCode(PreferredEnum)) * 31)
                    + SymbolEqualityComparer.Default.GetHashCode(Twin)) * 31 + Value) * 2 + (CastOrCompared ? 1 : 0);
        }

        private static Fix BuildFix(SipCompilationContext sip, FixKey key)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            var value = key.Value;
            if (key.SlotEnum is { } slotEnum)
            {
                if (sip.FindMember(slotEnum, value) is not { } member)
                {
                    return new Fix(properties.ToImmutable(), EnumLacksMember, slotEnum.Name);
                }

                properties[FixProperties.Enum] = sip.FullyQualifiedName(slotEnum);
                properties[FixProperties.Member] = member.Name;
                properties[FixProperties.ReplaceCast] = key.CastOrCompared ? "true" : null;
                return new Fix(properties.ToImmutable(), Descriptor, slotEnum.Name + "." + member.Name);
            }

            if (sip.ChooseEnumForInt(key.PreferredEnum, value) is not { } choice)
            {
                return new Fix(properties.ToImmutable(), NoEnum);
            }

            properties[FixProperties.Enum] = sip.FullyQualifiedName(choice.Enum);
            properties[FixProperties.Member] = choice.Member.Name;
            properties[FixProperties.IntCast] = "true";
            var use = "(int)" + choice.Enum.Name + "." + choice.Member.Name;

            // x.StatusCode == 486 where x also has an enum-typed status: the second action compares x.Status with E.BusyHere.
            if (key.CastOrCompared && key.Twin is IPropertySymbol twin && twin.Type is INamedTypeSymbol twinEnum
                && sip.FindMember(twinEnum, value) is { } twinMember)
            {
                properties[FixProperties.Twin] = twin.Name;
                properties[FixProperties.TwinEnum] = sip.FullyQualifiedName(twinEnum);
                properties[FixProperties.TwinMember] = twinMember.Name;
                return new Fix(properties.ToImmutable(), WithTwin, use, twin.Name, twinEnum.Name + "." + twinMember.Name);
            }

            return new Fix(properties.ToImmutable(), Descriptor, use);
        }

        /// <summary>What a finding at one slot, value and place shape says and offers: its message and the fix's properties.</summary>
        internal sealed class Fix
        {
            public Fix(ImmutableDictionary<string, string?> properties, DiagnosticDescriptor message, params object[] advice)
            {
                Properties = properties;
                Message = message;
                Advice = advice;
            }

            public ImmutableDictionary<string, string?> Properties { get; }

            public DiagnosticDescriptor Message { get; }

            /// <summary>The message's arguments after the code's own three.</summary>
            public object[] Advice { get; }
        }
    }
}
