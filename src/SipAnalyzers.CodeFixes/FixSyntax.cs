using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace SipAnalyzers.CodeFixes
{
    /// <summary>Syntax the fixes build: fully qualified, then simplified (and imported) by the workspace's cleanup.</summary>
    internal static class FixSyntax
    {
        /// <summary><c>global::Ns.Enum.Member</c>, annotated so the cleanup turns it into <c>Enum.Member</c> with a using.</summary>
        public static ExpressionSyntax EnumMember(string fullyQualifiedEnum, string member)
            => Simplified(SyntaxFactory.ParseExpression(fullyQualifiedEnum + "." + member));

        /// <summary><c>(int)Enum.Member</c>.</summary>
        public static ExpressionSyntax IntCast(ExpressionSyntax expression)
            => SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword)), expression);

        /// <summary><c>SipStatus.IsX(operand)</c> or <c>!SipStatus.IsX(operand)</c>.</summary>
        public static ExpressionSyntax PredicateCall(string predicate, bool negated, ExpressionSyntax operand)
        {
            var method = Simplified(SyntaxFactory.ParseExpression("global::Sip.SipStatus." + predicate));
            ExpressionSyntax call = SyntaxFactory.InvocationExpression(method,
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(operand.WithoutTrivia()))));
            return negated ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call) : call;
        }

        private static ExpressionSyntax Simplified(ExpressionSyntax expression)
            => expression.WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation);

        /// <summary>Adds the using directives for fully qualified names the fix introduced (the simplifier then shortens them).</summary>
        public static Task<Document> AddImportsAsync(Document document, CancellationToken cancellationToken)
            => ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken);

        /// <summary>Reads "start,length" written by the analyzer.</summary>
        public static TextSpan? ParseSpan(string? text)
        {
            var parts = text?.Split(',');
            return parts is { Length: >= 2 }
                && int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var length)
                ? new TextSpan(start, length)
                : null;
        }

        public static ExpressionSyntax? FindExpression(SyntaxNode root, TextSpan? span)
            => span is { } s && s.End <= root.FullSpan.End ? root.FindNode(s, getInnermostNodeForTie: true) as ExpressionSyntax : null;

        /// <summary>The expression node a diagnostic location covers (not an argument or statement with the same span).</summary>
        public static ExpressionSyntax? FindExpression(SyntaxNode root, Location location)
            => root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;
    }
}
