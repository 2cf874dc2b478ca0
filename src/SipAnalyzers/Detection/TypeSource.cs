using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// The source of one type, for the few questions only all of its code can answer (who sets a flag, who calls a
    /// private helper, where a handler is subscribed): every node of every part of its declaration, with the tree it is in.
    /// </summary>
    internal static class TypeSource
    {
        public static IEnumerable<(T Node, SyntaxTree Tree)> Nodes<T>(INamedTypeSymbol type)
            where T : SyntaxNode
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                foreach (var node in reference.GetSyntax().DescendantNodes())
                {
                    if (node is T match)
                    {
                        yield return (match, reference.SyntaxTree);
                    }
                }
            }
        }

        /// <summary>The name an expression ends with: <c>Fail</c> in <c>Fail(...)</c> and <c>this.Fail(...)</c>, <c>OnFailed</c> in <c>+= OnFailed</c>.</summary>
        public static string? LastName(ExpressionSyntax expression) => expression switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
