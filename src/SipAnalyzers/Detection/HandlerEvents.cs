using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SipAnalyzers.Context;
using SipAnalyzers.Stacks;

namespace SipAnalyzers.Detection
{
    /// <summary>Which stack event a handler method is subscribed to in its own type, and what that event delivers.</summary>
    internal static class HandlerEvents
    {
        /// <summary>
        /// <c>_registrationAgent.RegistrationFailed += OnRegistrationFailed;</c> in the handler's own type: what that stack
        /// event delivers (the first subscription found decides).
        /// </summary>
        public static (ResponseDelivery Delivery, string? Event) SubscribedDelivery(SipCompilationContext sip, IMethodSymbol method, IOperation at)
        {
            foreach (var reference in method.ContainingType.DeclaringSyntaxReferences)
            {
                foreach (var node in reference.GetSyntax().DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.AddAssignmentExpression } assignment
                        && assignment.Right is IdentifierNameSyntax or MemberAccessExpressionSyntax
                        && assignment.Right.ToString().EndsWith(method.Name, System.StringComparison.Ordinal)
                        && sip.SemanticModelFor(reference.SyntaxTree, at)?.GetSymbolInfo(assignment.Left).Symbol is IEventSymbol subscribed)
                    {
                        return (StackKnowledge.Delivery(subscribed), subscribed.Name);
                    }
                }
            }

            return (ResponseDelivery.Unknown, null);
        }
    }
}
