using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Rules;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP2003: widens a class range to the full class, on purpose changing which codes it admits. Uses the SipStatus
    /// predicate when the corrected range is one; otherwise rewrites the wrong bounds and keeps the operators.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SIP2003_ClassBoundsFixer)), Shared]
    public sealed class SIP2003_ClassBoundsFixer : SipCodeFixProvider
    {
        public const string EquivalenceKey = "SIP2003.UseFullClass";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.WrongClassBounds);

        protected override IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root)
        {
            if (Predicate(diagnostic) is { } predicate)
            {
                var negated = diagnostic.Properties.TryGetValue(FixProperties.Negated, out var flag) && flag == "true";
                yield return (negated ? FixTitles.TestWithNegatedPredicate(predicate) : FixTitles.TestFullClass(predicate), EquivalenceKey);
            }
            else
            {
                yield return (FixTitles.WidenRange, EquivalenceKey);
            }
        }

        protected override bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits)
        {
            if (key != EquivalenceKey)
            {
                return false;
            }

            if (Predicate(diagnostic) is { } predicate)
            {
                var negated = diagnostic.Properties.TryGetValue(FixProperties.Negated, out var flag) && flag == "true";
                return SIP1002_StatusClassCheckFixer.AddPredicateEdit(root, diagnostic, predicate, negated, edits);
            }

            if (!diagnostic.Properties.TryGetValue(FixProperties.Corrections, out var text) || string.IsNullOrEmpty(text))
            {
                return false;
            }

            // "start,length,newValue;..."
            var added = false;
            foreach (var correction in text!.Split(';'))
            {
                var parts = correction.Split(',');
                if (parts.Length == 3
                    && FixSyntax.FindExpression(root, FixSyntax.ParseSpan(parts[0] + "," + parts[1])) is LiteralExpressionSyntax literal
                    && int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                {
                    edits[literal] = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value))
                        .WithTriviaFrom(literal);
                    added = true;
                }
            }

            return added;
        }

        private static string? Predicate(Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(FixProperties.Predicate, out var predicate) ? predicate : null;
    }
}
