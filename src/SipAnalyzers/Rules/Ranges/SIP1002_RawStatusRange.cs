using Microsoft.CodeAnalysis;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP1002: a raw class range (<c>code &gt;= 200 &amp;&amp; code &lt; 300</c>, <c>code / 100 == 6</c>) that a
    /// <c>Sip.SipStatus</c> predicate says by name; the fix keeps the result for every status from 100 to 699. Offered only
    /// where the generated predicates exist. Called by <see cref="RangeRules"/>.
    /// </summary>
    internal static class SIP1002_RawStatusRange
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.RawStatusRange,
            title: SipResources.Title(DiagnosticIds.RawStatusRange),
            messageFormat: SipResources.Message(DiagnosticIds.RawStatusRange),
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.RawStatusRange),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RawStatusRange));

        public static Diagnostic? Check(SipCompilationContext sip, StatusRange range, RangeVerdict verdict)
        {
            if (sip.GeneratedPredicates == null)
            {
                return null;
            }

            var replacement = RangeRules.Replacement(verdict.Predicate!, verdict.Negated, range.Operand);
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FixProperties.Predicate, verdict.Predicate)
                .Add(FixProperties.NullableOperand, Constants.IsNullable(range.Operand.Type) ? "true" : null)
                .Add(FixProperties.Negated, verdict.Negated ? "true" : null)
                .Add(FixProperties.Operand, RangeRules.SpanText(range.Operand.Syntax.Span));
            return Diagnostic.Create(Descriptor, range.Location, properties, RangeRules.Shorten(range.Text), verdict.Tests, replacement);
        }
    }
}
