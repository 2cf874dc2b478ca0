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
    /// SIP2003: a range over a SIP status that almost matches a class but misses or adds codes at an edge (<c>&lt; 299</c>,
    /// <c>&lt;= 300</c>, <c>&lt; 600</c> as a validity check). The fix widens it to the full class, or names the class with
    /// a SipStatus predicate where the range is a condition. Called by <see cref="RangeRules"/>.
    /// </summary>
    internal static class SIP2003_WrongClassBounds
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.WrongClassBounds,
            title: SipResources.Title(DiagnosticIds.WrongClassBounds),
            messageFormat: SipResources.Message(DiagnosticIds.WrongClassBounds),
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.WrongClassBounds),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.WrongClassBounds));

        public static Diagnostic Check(SipCompilationContext sip, StatusRange range, RangeVerdict verdict, bool allowPredicate)
        {
            // Spans travel in properties (not additional locations) so the fixer finds the operand and bounds.
            var corrections = string.Join(";", verdict.Corrections.Select(c =>
                RangeRules.SpanText(c.Bound.Literal.WithoutImplicitConversions().Syntax.Span) + "," + c.Constant.ToString(CultureInfo.InvariantCulture)));
            var usePredicate = allowPredicate && verdict.Predicate != null && sip.GeneratedPredicates != null;
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(FixProperties.Operand, RangeRules.SpanText(range.Operand.Syntax.Span))
                .Add(FixProperties.Corrections, corrections)
                .Add(FixProperties.Predicate, usePredicate ? verdict.Predicate : null)
                .Add(FixProperties.Negated, usePredicate && verdict.Negated ? "true" : null)
                .Add(FixProperties.NullableOperand, usePredicate && Constants.IsNullable(range.Operand.Type) ? "true" : null);

            LocalizedText remedy;
            if (usePredicate)
            {
                remedy = Fragments.UseFor(RangeRules.Replacement(verdict.Predicate!, verdict.Negated, range.Operand), verdict.Tests);
            }
            else if (verdict.Corrections.Count > 0)
            {
                var changes = new LocalizedList(Fragments.And, verdict.Corrections.Select(c => (object)Fragments.Change(c.Bound.Value, c.Constant)).ToArray());
                remedy = Fragments.ChangeToTest(changes, verdict.Tests);
            }
            else
            {
                remedy = Fragments.TestWholeClass(verdict.Tests);
            }

            return Diagnostic.Create(Descriptor, range.Location, properties, RangeRules.Shorten(range.Text), verdict.Problem, remedy);
        }
    }
}
