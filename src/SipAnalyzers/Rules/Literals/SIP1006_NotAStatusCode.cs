using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Stacks;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP1006: a number outside 100..699 sent as a status (argument, assignment, initializer, return) or cast into a
    /// status enum. Comparisons stay silent: a stack may report its local 701..703 as a call's status, and code rightly
    /// tests for them. 0 is a sentinel everywhere; negative numbers (-1) are unary expressions and never reach a slot.
    /// Called by <see cref="LiteralRules"/>.
    /// </summary>
    internal static class SIP1006_NotAStatusCode
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.NotAStatusCode,
            title: SipResources.Title(DiagnosticIds.NotAStatusCode),
            messageFormat: SipResources.Message(DiagnosticIds.NotAStatusCode),
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.NotAStatusCode),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.NotAStatusCode));

        /// <summary>A code a stack reports for a local failure, sent as if it were a response status.</summary>
        public static readonly DiagnosticDescriptor LocalCode = Descriptor.Variant(SipResources.Message(DiagnosticIds.NotAStatusCode, nameof(LocalCode)));

        public static Diagnostic? Check(SipCompilationContext sip, IOperation literal, ISymbol containingSymbol, int value)
        {
            if (value == 0 || !MayBeSent(literal)
                || !StatusPosition.TryFind(sip, literal, containingSymbol, out var position) || position.IsComparison)
            {
                return null;
            }

            // A stack's local code (its profile says what it is) gets its own message.
            return KnownStacks.LocalCodeNote(value) is { } note
                ? Diagnostic.Create(LocalCode, literal.Syntax.GetLocation(), value, note)
                : Diagnostic.Create(Descriptor, literal.Syntax.GetLocation(), value);
        }

        /// <summary>
        /// Small numbers are everywhere (indexes, counts, retries); before the slot search, a syntax check keeps only
        /// literals that are an argument, an assignment's value, an initializer, a return value or a cast's operand.
        /// </summary>
        private static bool MayBeSent(IOperation literal)
        {
            var parent = literal.Syntax.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                parent = parent.Parent;
            }

            switch ((SyntaxKind)(parent?.RawKind ?? 0))
            {
                case SyntaxKind.Argument:
                case SyntaxKind.SimpleAssignmentExpression:
                case SyntaxKind.EqualsValueClause:
                case SyntaxKind.ReturnStatement:
                case SyntaxKind.ArrowExpressionClause:
                case SyntaxKind.CastExpression:
                case SyntaxKind.ConditionalExpression:
                case SyntaxKind.CoalesceExpression:
                case SyntaxKind.SwitchExpressionArm:
                    return true;
                default:
                    return false;
            }
        }
    }
}
