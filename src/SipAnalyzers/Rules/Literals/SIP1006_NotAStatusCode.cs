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
            title: "Not a SIP status code",
            messageFormat: "{0} is not a SIP status code: SIP defines the classes 1xx to 6xx only (RFC 3261 section 7.2)",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A number outside 100..699 is sent as a SIP status (a response constructor, a reject or hang-up call, a "
                + "status property) or cast into a SIP status enum. You see it with a stack's local 7xx codes, HTTP-style 0 or 1000 "
                + "values and typos (60 for 600). RFC 3261 section 7.2 defines only the classes 1xx to 6xx, so no peer can interpret it. Comparing a received status with a "
                + "stack's own local pseudo-codes stays silent. To fix it, send a registered code from 100 to 699.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.NotAStatusCode));

        /// <summary>A code a stack reports for a local failure, sent as if it were a response status.</summary>
        public static readonly DiagnosticDescriptor LocalCode = Descriptor.Variant(
            "{0} is not a SIP status code: SIP defines the classes 1xx to 6xx only (RFC 3261 section 7.2); {1}");

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
