using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Rules;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP1002: replaces a raw class range with the SipStatus predicate it equals over 100..699
    /// (<c>code &gt;= 200 &amp;&amp; code &lt; 300</c> becomes <c>SipStatus.IsSuccess(code)</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SIP1002_StatusClassCheckFixer)), Shared]
    public sealed class SIP1002_StatusClassCheckFixer : SipCodeFixProvider
    {
        public const string EquivalenceKey = "SIP1002.UseClassPredicate";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RawStatusRange);

        protected override IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.Predicate, out var predicate) && predicate != null)
            {
                var negated = diagnostic.Properties.TryGetValue(FixProperties.Negated, out var n) && n == "true";
                yield return (FixTitles.Use((negated ? "!" : string.Empty) + "SipStatus." + predicate), EquivalenceKey);
            }
        }

        protected override bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits)
        {
            if (key != EquivalenceKey
                || !diagnostic.Properties.TryGetValue(FixProperties.Predicate, out var predicate) || predicate == null)
            {
                return false;
            }

            var negated = diagnostic.Properties.TryGetValue(FixProperties.Negated, out var n) && n == "true";
            return AddPredicateEdit(root, diagnostic, predicate, negated, edits);
        }

        /// <summary>Replaces the diagnostic's condition with <c>SipStatus.Predicate(operand)</c>.</summary>
        internal static bool AddPredicateEdit(SyntaxNode root, Diagnostic diagnostic, string predicate, bool negated, Dictionary<SyntaxNode, SyntaxNode> edits)
        {
            if (FixSyntax.FindExpression(root, diagnostic.Location) is not { } condition
                || !diagnostic.Properties.TryGetValue(FixProperties.Operand, out var operandSpan)
                || FixSyntax.FindExpression(root, FixSyntax.ParseSpan(operandSpan)) is not { } operand)
            {
                return false;
            }

            var nullable = diagnostic.Properties.TryGetValue(FixProperties.NullableOperand, out var isNullable) && isNullable == "true";
            var call = FixSyntax.PredicateCall(predicate, negated, operand, nullable);
            if (condition.Span != diagnostic.Location.SourceSpan)
            {
                return AddRunEdit(condition, diagnostic.Location.SourceSpan, call, edits);
            }

            // (code >= 200 && code < 300) -> SipStatus.IsSuccess(code): a call needs no parentheses; a negation keeps them.
            SyntaxNode target = condition;
            if (!negated && !nullable && condition.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                target = parenthesized;
            }

            edits[target] = call.WithTriviaFrom(target);
            return true;
        }

        /// <summary>
        /// A range that is a run of a longer chain (<c>x == null || x.Code &lt; 300 || x.Code &gt; 699</c>): the chain is
        /// left-nested, so the node that ends the run is replaced by the node before the run with the call appended; the
        /// rest of the chain, its line breaks and comments, stay as written.
        /// </summary>
        private static bool AddRunEdit(ExpressionSyntax chain, Microsoft.CodeAnalysis.Text.TextSpan run, ExpressionSyntax call, Dictionary<SyntaxNode, SyntaxNode> edits)
        {
            if (chain is not BinaryExpressionSyntax root || !(root.IsKind(SyntaxKind.LogicalOrExpression) || root.IsKind(SyntaxKind.LogicalAndExpression)))
            {
                return false;
            }

            // The node whose right operand ends the run, then down the left spine to the node whose right operand starts it.
            ExpressionSyntax node = root;
            while (node is BinaryExpressionSyntax binary && binary.IsKind(root.Kind()) && binary.Right.Span.End > run.End)
            {
                node = binary.Left;
            }

            if (node is not BinaryExpressionSyntax last || !last.IsKind(root.Kind()) || last.Right.Span.End != run.End)
            {
                return false;
            }

            ExpressionSyntax first = last;
            while (first is BinaryExpressionSyntax binary && binary.IsKind(root.Kind()) && binary.Right.SpanStart > run.Start)
            {
                first = binary.Left;
            }

            if (first is not BinaryExpressionSyntax before || !before.IsKind(root.Kind()) || before.Right.SpanStart != run.Start)
            {
                return false;
            }

            edits[last] = before.WithRight(call.WithTriviaFrom(before.Right)).WithTrailingTrivia(last.GetTrailingTrivia());
            return true;
        }
    }
}
