using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// A private bool field or property that its type sets to <c>true</c> only on paths where a status test admits 2xx
    /// alone: <c>if (resp.Status == SIPResponseStatusCodesEnum.Ok) { _registered = true; }</c>. A loop that re-sends until
    /// it reads true (<c>await RegisterAsync(); if (_registered) return;</c>) re-sends after every other status. All its
    /// writers are in its own type, so reading that type's source decides it.
    /// </summary>
    internal static class SuccessFlags
    {
        private static readonly ValueSet Success = ValueSet.Range(200, 299);

        public static bool Compute(SipCompilationContext sip, ISymbol member)
        {
            if (member.DeclaredAccessibility != Accessibility.Private || member.IsStatic || member.ContainingType is not { } type
                || member is IPropertySymbol { SetMethod: null })
            {
                return false;
            }

            var sets = 0;
            foreach (var (assignment, tree) in TypeSource.Nodes<AssignmentExpressionSyntax>(type))
            {
                if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || !OnThis(assignment.Left) || TypeSource.LastName(assignment.Left) != member.Name
                    || assignment.Right.IsKind(SyntaxKind.FalseLiteralExpression))
                {
                    continue;
                }

                if (!assignment.Right.IsKind(SyntaxKind.TrueLiteralExpression))
                {
                    return false; // _registered = result.Success: set from something this cannot read
                }

                if (sip.SemanticModelFor(tree)?.GetOperation(assignment) is not ISimpleAssignmentOperation operation
                    || !SymbolEqualityComparer.Default.Equals(OperationHelpers.NamedSymbol(operation.Target), member)
                    || !OnlyAfterSuccess(sip, operation))
                {
                    return false;
                }

                sets++;
            }

            return sets > 0;
        }

        /// <summary>The tests around the assignment admit 2xx statuses only.</summary>
        private static bool OnlyAfterSuccess(SipCompilationContext sip, IOperation assignment)
        {
            ValueSet? admitted = null;
            foreach (var test in PathConditions.At(assignment))
            {
                if (test.Section != null)
                {
                    continue;
                }

                var condition = StatusCondition.EvaluateWithoutFlags(sip, test.Condition);
                if (condition.TestsStatus && condition.Evidence == null)
                {
                    admitted = (admitted ?? ValueSet.All).Intersect(test.Holds ? condition.WhenTrue : condition.WhenFalse);
                }
            }

            return admitted != null && !admitted.IsEmpty && admitted.Intersect(Success.Complement()).IsEmpty;
        }

        /// <summary><c>_registered</c> or <c>this._registered</c>: the member of this instance.</summary>
        private static bool OnThis(ExpressionSyntax target)
            => target is IdentifierNameSyntax || target is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };
    }
}
