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
            if (IsComputed(member))
            {
                return ComputedFromFlags(sip, (IPropertySymbol)member);
            }

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

        /// <summary>A bool property with a getter and no setter, declared once in source: its value is its getter's expression.</summary>
        public static bool IsComputed(ISymbol member)
            => member is IPropertySymbol { SetMethod: null, GetMethod: not null, IsStatic: false, Type.SpecialType: SpecialType.System_Boolean } property
               && property.DeclaringSyntaxReferences.Length == 1;

        /// <summary>
        /// <c>public bool IsRegistered =&gt; _registered &amp;&amp; IsConnected;</c>: true only when a success flag of its own type
        /// is, so another type that reads it (a health watchdog) reads "a 2xx came back".
        /// </summary>
        private static bool ComputedFromFlags(SipCompilationContext sip, IPropertySymbol property)
        {
            var declaration = property.DeclaringSyntaxReferences[0];
            var expression = declaration.GetSyntax() switch
            {
                PropertyDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
                PropertyDeclarationSyntax { AccessorList.Accessors: { Count: 1 } accessors } => accessors[0] switch
                {
                    { ExpressionBody: { } arrow } => arrow.Expression,
                    { Body.Statements: { Count: 1 } statements } when statements[0] is ReturnStatementSyntax { Expression: { } returned } => returned,
                    _ => null,
                },
                _ => null,
            };
            if (expression == null || sip.SemanticModelFor(declaration.SyntaxTree)?.GetOperation(expression) is not { } getter)
            {
                return false;
            }

            var test = StatusCondition.EvaluateGetter(sip, getter);
            return test.TestsStatus && test.Evidence != null && !test.WhenTrue.IsEmpty && test.WhenTrue.Intersect(Success.Complement()).IsEmpty;
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
