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
            title: "Use a named SIP status code instead of a raw integer",
            messageFormat: "{0}: {1}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A raw integer is used where the code expects a SIP response status code. You see it on comparisons, "
                + "case labels, patterns, arguments, assignments, returns and casts whose other side is a SIP status (a status enum, "
                + "a stack's StatusCode member, a parameter or property named like one on a SIP type). Replace the number with the "
                + "named enum member the fix offers: the stack's own enum where it has a correct member, else the generated "
                + "Sip.SipStatusCode; hovering the member then shows the code's meaning, class and RFC section. Codes that look "
                + "alike mean opposite things: 486 Busy Here is local (RFC 3261 section 21.4.24), 600 Busy Everywhere is global (section 21.6.1).",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RawStatusCode));

        /// <summary>The fix's properties and the advice per slot, value and place shape: a code base repeats the same few.</summary>
        internal sealed class FixCache : ConcurrentDictionary<FixKey, (ImmutableDictionary<string, string?> Properties, string Advice)>
        {
        }

        public static Diagnostic? Check(SipCompilationContext sip, IOperation literal, ISymbol containingSymbol, int value, SipStatusInfo info, FixCache fixes)
        {
            if (!StatusPosition.TryFind(sip, literal, containingSymbol, out var position) || position.IsRangeBound)
            {
                return null;
            }

            // The fix's properties and the advice depend only on the slot, the value and the shape of the place, and a
            // code base repeats the same few (486 against StatusCode): built once per compilation, not per finding.
            var key = position.Slot.SlotEnum is { } slotEnum
                ? new FixKey(slotEnum, null, value, position.EnumCast != null)
                : new FixKey(null, position.Slot.Info, value, position.ComparedMember != null);
            var fix = fixes.TryGetValue(key, out var known) ? known : fixes.GetOrAdd(key, BuildFix(sip, key));
            return Diagnostic.Create(Descriptor, literal.Syntax.GetLocation(), fix.Properties, info.ShortDescription, fix.Advice);
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

        private static (ImmutableDictionary<string, string?> Properties, string Advice) BuildFix(SipCompilationContext sip, FixKey key)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            var value = key.Value;
            string advice;
            if (key.SlotEnum is { } slotEnum)
            {
                var member = sip.FindMember(slotEnum, value);
                if (member != null)
                {
                    properties[FixProperties.Enum] = sip.FullyQualifiedName(slotEnum);
                    properties[FixProperties.Member] = member.Name;
                    properties[FixProperties.ReplaceCast] = key.CastOrCompared ? "true" : null;
                    advice = "use " + slotEnum.Name + "." + member.Name;
                }
                else
                {
                    advice = slotEnum.Name + " has no member that correctly names " + value + "; add one or use Sip.SipStatusCode";
                }
            }
            else if (sip.ChooseEnumForInt(key.PreferredEnum, value) is { } choice)
            {
                properties[FixProperties.Enum] = sip.FullyQualifiedName(choice.Enum);
                properties[FixProperties.Member] = choice.Member.Name;
                properties[FixProperties.IntCast] = "true";
                advice = "use (int)" + choice.Enum.Name + "." + choice.Member.Name;
                if (key.CastOrCompared)
                {
                    AddTwin(sip, key.Twin, value, properties, ref advice);
                }
            }
            else
            {
                advice = "no status enum in this compilation has a member for it; enable the generated Sip.SipStatusCode or configure sip_analyzers.status_enum";
            }

            return (properties.ToImmutable(), advice);
        }

        /// <summary>x.StatusCode == 486 where x also has an enum-typed status (SIPSorcery's Status): offer x.Status == E.BusyHere.</summary>
        private static void AddTwin(SipCompilationContext sip, ISymbol? slotTwin, int value,
            ImmutableDictionary<string, string?>.Builder properties, ref string advice)
        {
            if (slotTwin is not IPropertySymbol twin
                || twin.Type is not INamedTypeSymbol twinEnum || sip.FindMember(twinEnum, value) is not { } twinMember)
            {
                return;
            }

            properties[FixProperties.Twin] = twin.Name;
            properties[FixProperties.TwinEnum] = sip.FullyQualifiedName(twinEnum);
            properties[FixProperties.TwinMember] = twinMember.Name;
            advice += " (or compare " + twin.Name + " with " + twinEnum.Name + "." + twinMember.Name + ")";
        }
    }
}
