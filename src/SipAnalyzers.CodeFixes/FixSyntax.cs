using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Rules;
using SipAnalyzers.Diagnostics;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        /// <remarks>
        /// Over an <c>int?</c> (<paramref name="nullable"/>) the range was false for null: <c>SipStatus.IsX(x.GetValueOrDefault())</c>
        /// keeps that (no predicate admits 0), and the negation becomes <c>(x.HasValue &amp;&amp; !SipStatus.IsX(x.Value))</c>.
        /// </remarks>
        public static ExpressionSyntax PredicateCall(string predicate, bool negated, ExpressionSyntax operand, bool nullable = false)
        {
            var method = Simplified(SyntaxFactory.ParseExpression("global::Sip.SipStatus." + predicate));
            var value = operand.WithoutTrivia();
            if (nullable)
            {
                value = negated ? Member(value, "Value") : SyntaxFactory.InvocationExpression(Member(value, "GetValueOrDefault"));
            }

            ExpressionSyntax call = SyntaxFactory.InvocationExpression(method,
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value))));
            if (!negated)
            {
                return call;
            }

            call = SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call);
            if (!nullable)
            {
                return call;
            }

            var hasValue = Member(operand.WithoutTrivia(), "HasValue");
            return SyntaxFactory.ParenthesizedExpression(SyntaxFactory.BinaryExpression(SyntaxKind.LogicalAndExpression, hasValue, call));
        }

        /// <summary><c>x.Name</c>, with <c>x</c> parenthesized unless it is a name or member access already.</summary>
        private static ExpressionSyntax Member(ExpressionSyntax expression, string name)
        {
            var target = expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
                ? expression : SyntaxFactory.ParenthesizedExpression(expression);
            return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, SyntaxFactory.IdentifierName(name));
        }

        /// <summary>
        /// The replacement an <see cref="Detection.ExpressionReplacement"/> described: <c>E.Member</c>, <c>(int)E.Member</c>
        /// or <c>(E)Sip.SipStatusCode.Member</c> (parenthesized; the simplifier drops the parentheses where they are not needed).
        /// </summary>
        public static ExpressionSyntax? ReplacementFor(ImmutableDictionary<string, string?> properties)
        {
            if (!properties.TryGetValue(FixProperties.Enum, out var enumName) || enumName == null
                || !properties.TryGetValue(FixProperties.Member, out var member) || member == null)
            {
                return null;
            }

            var replacement = EnumMember(enumName, member);
            if (properties.TryGetValue(FixProperties.IntCast, out var intCast) && intCast == "true")
            {
                return IntCast(replacement);
            }

            if (properties.TryGetValue(FixProperties.CastTo, out var castTo) && castTo != null)
            {
                var cast = SyntaxFactory.CastExpression(Simplified(SyntaxFactory.ParseTypeName(castTo)), replacement);
                return SyntaxFactory.ParenthesizedExpression(cast).WithAdditionalAnnotations(Simplifier.Annotation);
            }

            return replacement;
        }

        /// <summary>
        /// Replaces the expression the diagnostic covers (or its first additional location, where the status was written
        /// away from the call the diagnostic is on) with <see cref="ReplacementFor"/>.
        /// </summary>
        public static bool TryReplaceExpression(SyntaxNode root, Diagnostic diagnostic, Dictionary<SyntaxNode, SyntaxNode> edits)
        {
            var location = diagnostic.AdditionalLocations.Count > 0 ? diagnostic.AdditionalLocations[0] : diagnostic.Location;
            if (FindExpression(root, location) is not { } target || ReplacementFor(diagnostic.Properties) is not { } replacement)
            {
                return false;
            }

            edits[target] = replacement.WithTriviaFrom(target);
            return true;
        }

        private static T Simplified<T>(T expression) where T : SyntaxNode
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
