using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Rules;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP2003: widens a class range to the full class, on purpose changing which codes it admits. Uses the SipStatus
    /// predicate when the corrected range is one; otherwise rewrites the wrong bounds and keeps the operators.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClassBoundsFixer)), Shared]
    public sealed class ClassBoundsFixer : CodeFixProvider
    {
        public const string EquivalenceKey = "SIP2003.UseFullClass";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.WrongClassBounds);

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
                if (diagnostic.AdditionalLocations.Count < 1
                    || FixSyntax.FindExpression(root, diagnostic.Location) is not { } condition
                    || FixSyntax.FindExpression(root, diagnostic.AdditionalLocations[0]) is not { } operand)
                {
                    continue;
                }

                if (diagnostic.Properties.TryGetValue(StatusRangeAnalyzer.PredicateKey, out var predicate) && predicate != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Test the full class with SipStatus." + predicate,
                            ct => StatusClassCheckFixer.ReplaceAsync(context.Document, condition, predicate, false, operand, ct),
                            EquivalenceKey),
                        diagnostic);
                    continue;
                }

                var edits = Edits(root, diagnostic);
                if (edits.Count > 0)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Widen the range to the full class",
                            ct => Task.FromResult(context.Document.WithSyntaxRoot(
                                root.ReplaceNodes(edits.Keys, (original, _) => edits[(LiteralExpressionSyntax)original]))),
                            EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static Dictionary<LiteralExpressionSyntax, SyntaxNode> Edits(SyntaxNode root, Diagnostic diagnostic)
        {
            var edits = new Dictionary<LiteralExpressionSyntax, SyntaxNode>();
            if (!diagnostic.Properties.TryGetValue(StatusRangeAnalyzer.ConstantsKey, out var text) || string.IsNullOrEmpty(text))
            {
                return edits;
            }

            var constants = text!.Split(',');
            for (var i = 0; i < constants.Length && i + 1 < diagnostic.AdditionalLocations.Count; i++)
            {
                if (root.FindNode(diagnostic.AdditionalLocations[i + 1].SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
                    && int.TryParse(constants[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    edits[literal] = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value))
                        .WithTriviaFrom(literal);
                }
            }

            return edits;
        }
    }
}
