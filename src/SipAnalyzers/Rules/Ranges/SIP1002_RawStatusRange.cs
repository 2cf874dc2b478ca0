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
            title: "Use a status class check instead of a raw range",
            messageFormat: "'{0}' tests {1}: use {2}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A SIP status is compared against class boundaries (>= 200 && < 300, code / 100 == 6, is >= 600 and <= 699). "
                + "You see it where a response is classified. The fix replaces the range with the Sip.SipStatus predicate that says the "
                + "same thing by name (IsProvisional, IsSuccess, IsRedirection, IsRequestFailure, IsServerFailure, IsGlobalFailure, "
                + "IsFinal, IsFailure, IsNonSuccessFinal, IsValid; RFC 3261 section 7.2) and cannot be off by one; it keeps the result for every status from 100 to 699.",
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
