using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Formatting;

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

        /// <summary>The expression node a diagnostic location covers (not an argument or statement with the same span).</summary>
        public static ExpressionSyntax? FindExpression(SyntaxNode root, Location location)
            => root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;
    }
}
