using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
    /// The literal rules: a raw number used as a SIP status, SIP1001 for a registered code (100..699)
    /// (<see cref="SIP1001_RawStatusCode"/>), SIP1003 for an unregistered one (<see cref="SIP1003_UnregisteredStatusCode"/>) and
    /// SIP1006 for one outside 100..699 (<see cref="SIP1006_NotAStatusCode"/>); and SIP2010 for a string literal compared
    /// with a reason phrase (<see cref="SIP2010_ReasonPhraseMatch"/>). One callback per literal for the four rules: the
    /// driver's cost of a callback on every literal of a compilation is larger than the rules' own work. Each literal is
    /// filtered by its place and value before anything else; the slot is then found by walking up the already-bound
    /// operation tree, so no semantic-model query runs per literal.
    /// </summary>
    internal sealed class LiteralRules : SipRuleFamily
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            SIP1001_RawStatusCode.Descriptor, SIP1001_RawStatusCode.WithTwin, SIP1001_RawStatusCode.EnumLacksMember, SIP1001_RawStatusCode.NoEnum,
            SIP1003_UnregisteredStatusCode.Descriptor, SIP1006_NotAStatusCode.Descriptor, SIP1006_NotAStatusCode.LocalCode, SIP2010_ReasonPhraseMatch.Descriptor);

        internal override void Register(SipRegistration context, SipCompilationContext sip)
        {
            var fixes = new SIP1001_RawStatusCode.FixCache();
            context.RegisterOperationAction(c => AnalyzeLiteral(c, sip, fixes), OperationKind.Literal);
        }

        private static void AnalyzeLiteral(in OperationAnalysisContext context, SipCompilationContext sip, SIP1001_RawStatusCode.FixCache fixes)
        {
            var literal = context.Operation;
            var type = literal.Type?.SpecialType;
            if (type == SpecialType.System_String)
            {
                // A string compared with a response's reason phrase (SIP2010).
                if (literal.Syntax.RawKind == (int)SyntaxKind.StringLiteralExpression
                    && SIP2010_ReasonPhraseMatch.Check(sip, literal) is { } phrase)
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
                    ? SIP1006_NotAStatusCode.Check(sip, literal, context.ContainingSymbol, value)
                    : SIP1003_UnregisteredStatusCode.Check(sip, literal, context.ContainingSymbol, value);
                if (other != null)
                {
                    context.ReportDiagnostic(other);
                }

                return;
            }

            if (SIP1001_RawStatusCode.Check(sip, literal, context.ContainingSymbol, value, info, fixes) is { } raw)
            {
                context.ReportDiagnostic(raw);
            }
        }
    }
}
