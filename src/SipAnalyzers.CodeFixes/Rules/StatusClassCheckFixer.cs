using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Rules;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP1002: replaces a raw class range with the SipStatus predicate it equals over 100..699
    /// (<c>code &gt;= 200 &amp;&amp; code &lt; 300</c> becomes <c>SipStatus.IsSuccess(code)</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StatusClassCheckFixer)), Shared]
    public sealed class StatusClassCheckFixer : CodeFixProvider
    {
        public const string EquivalenceKey = "SIP1002.UseClassPredicate";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RawStatusRange);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(StatusRangeAnalyzer.PredicateKey, out var predicate) || predicate == null
                    || diagnostic.AdditionalLocations.Count < 1
                    || FixSyntax.FindExpression(root, diagnostic.Location) is not { } condition
                    || FixSyntax.FindExpression(root, diagnostic.AdditionalLocations[0]) is not { } operand)
                {
                    continue;
                }

                var negated = diagnostic.Properties.TryGetValue(StatusRangeAnalyzer.NegatedKey, out var n) && n == "true";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + (negated ? "!" : string.Empty) + "SipStatus." + predicate,
                        ct => ReplaceAsync(context.Document, condition, predicate, negated, operand, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        internal static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax condition, string predicate, bool negated,
            ExpressionSyntax operand, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            // (code >= 200 && code < 300) -> SipStatus.IsSuccess(code): a call needs no parentheses; a negation keeps them.
            SyntaxNode target = condition;
            if (!negated && condition.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                target = parenthesized;
            }

            var replacement = FixSyntax.PredicateCall(predicate, negated, operand).WithTriviaFrom(target);
            return document.WithSyntaxRoot(root.ReplaceNode(target, replacement));
        }
    }
}
