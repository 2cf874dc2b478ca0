using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// Raw numbers used as SIP statuses: SIP1001 for a registered code (100..699), and, through one shared callback,
    /// SIP1003 for an unregistered one (<see cref="UnregisteredStatusCodeRule"/>) and SIP1006 for one outside 100..699
    /// (<see cref="NotAStatusCodeRule"/>), and SIP2010 for a string literal compared with a reason phrase
    /// (<see cref="ReasonPhraseRule"/>). One callback per literal for the four rules: the benchmark measured
    /// the driver's cost of a literal callback at about a third of a second per analyzer on 217,000 lines, more than
    /// the rules' own work. Each literal is filtered by its value before anything else; the slot is then found by
    /// walking up the already-bound operation tree, so no semantic-model query runs per literal.
    /// </summary>
    internal sealed class RawStatusCodeAnalyzer : SipRuleFamily
    {
        /// <summary>Diagnostic property keys the code fix reads.</summary>
        internal const string EnumKey = "Enum";
        internal const string MemberKey = "Member";
        internal const string IntCastKey = "IntCast";
        internal const string ReplaceCastKey = "ReplaceCast";
        internal const string TwinKey = "Twin";
        internal const string TwinEnumKey = "TwinEnum";
        internal const string TwinMemberKey = "TwinMember";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RawStatusCode, Descriptors.UnregisteredStatusCode, Descriptors.NotAStatusCode, Descriptors.ReasonPhraseMatch);

        internal override void Register(SipRegistration context, SipCompilationContext sip)
        {
            var fixes = new ConcurrentDictionary<FixKey, (ImmutableDictionary<string, string?> Properties, string Advice)>();
            context.RegisterOperationAction(c => AnalyzeLiteral(c, sip, fixes), OperationKind.Literal);
        }

        private static void AnalyzeLiteral(in OperationAnalysisContext context, SipCompilationContext sip,
            ConcurrentDictionary<FixKey, (ImmutableDictionary<string, string?> Properties, string Advice)> fixes)
        {
            var literal = context.Operation;
            var type = literal.Type?.SpecialType;
            if (type == SpecialType.System_String)
            {
                // A string compared with a response's reason phrase (SIP2010).
                if (literal.Syntax.RawKind == (int)SyntaxKind.StringLiteralExpression
                    && ReasonPhraseRule.Check(sip, literal) is { } phrase && !IsGenerated(context, sip))
                {
                    context.ReportDiagnostic(phrase);
                }

                return;
            }

            // The type and the place first (the operation tree, already in the cache), the value last (the token's text).
            if (type != SpecialType.System_Int32 || !StatusPosition.MayBeAt(literal) || !Constants.TryGetIntLiteral(literal, out var value))
            {
                return;
            }

            var info = SipStatusRegistry.Find(value);
            if (info == null)
            {
                var other = value < SipStatusRegistry.MinStatus || value > SipStatusRegistry.MaxStatus
                    ? NotAStatusCodeRule.Check(sip, literal, context.ContainingSymbol, value)
                    : UnregisteredStatusCodeRule.Check(sip, literal, context.ContainingSymbol, value);
                if (other != null && !IsGenerated(context, sip))
                {
                    context.ReportDiagnostic(other);
                }

                return;
            }

            if (!StatusPosition.TryFind(sip, literal, context.ContainingSymbol, out var position) || position.IsRangeBound
                || IsGenerated(context, sip))
            {
                return;
            }

            // The fix's properties and the advice depend only on the slot, the value and the shape of the place, and a
            // code base repeats the same few (486 against StatusCode): built once per compilation, not per finding.
            var key = position.Slot.SlotEnum is { } slotEnum
                ? new FixKey(slotEnum, null, value, position.EnumCast != null)
                : new FixKey(null, position.Slot.Info, value, position.ComparedMember != null);
            var fix = fixes.TryGetValue(key, out var known) ? known : fixes.GetOrAdd(key, BuildFix(sip, key));
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.RawStatusCode,
                literal.Syntax.GetLocation(),
                fix.Properties,
                info.ShortDescription,
                fix.Advice));
        }

        /// <summary>
        /// What a SIP1001 fix depends on: the slot's own enum, or for an int slot the enum its API prefers and its enum
        /// twin; the value; the enum cast (enum slot) or the compared member (int slot, for the twin).
        /// </summary>
        private readonly struct FixKey : IEquatable<FixKey>
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
                    properties[EnumKey] = sip.FullyQualifiedName(slotEnum);
                    properties[MemberKey] = member.Name;
                    properties[ReplaceCastKey] = key.CastOrCompared ? "true" : null;
                    advice = "use " + slotEnum.Name + "." + member.Name;
                }
                else
                {
                    advice = slotEnum.Name + " has no member that correctly names " + value + "; add one or use Sip.SipStatusCode";
                }
            }
            else if (sip.ChooseEnumForInt(key.PreferredEnum, value) is { } choice)
            {
                properties[EnumKey] = sip.FullyQualifiedName(choice.Enum);
                properties[MemberKey] = choice.Member.Name;
                properties[IntCastKey] = "true";
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

            properties[TwinKey] = twin.Name;
            properties[TwinEnumKey] = sip.FullyQualifiedName(twinEnum);
            properties[TwinMemberKey] = twinMember.Name;
            advice += " (or compare " + twin.Name + " with " + twinEnum.Name + "." + twinMember.Name + ")";
        }
    }
}
