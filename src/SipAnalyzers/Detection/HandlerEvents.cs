using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
            foreach (var (assignment, tree) in TypeSource.Nodes<AssignmentExpressionSyntax>(method.ContainingType))
            {
                if (assignment.IsKind(SyntaxKind.AddAssignmentExpression) && TypeSource.LastName(assignment.Right) == method.Name
                    && sip.SemanticModelFor(tree, at)?.GetSymbolInfo(assignment.Left).Symbol is IEventSymbol subscribed)
                {
                    return (StackKnowledge.Delivery(subscribed), subscribed.Name);
                }
            }

            return (ResponseDelivery.Unknown, null);
        }
    }
}
