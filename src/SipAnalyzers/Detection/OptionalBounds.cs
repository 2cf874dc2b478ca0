using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using System.Linq;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// An attempt limit that zero switches off (<c>MaxRetries &gt; 0 &amp;&amp; failures &gt; MaxRetries</c>, documented
    /// "0 means unlimited"), read from a setting that is zero unless someone configures it: by default nothing bounds the
    /// retries, so such a test does not count as the loop's bound.
    /// </summary>
    internal static class OptionalBounds
    {
        public static bool IsOffByDefault(IBinaryOperation logical)
            => logical.OperatorKind == BinaryOperatorKind.ConditionalAnd
               && EnabledLimit(logical.LeftOperand) is { } limit
               && Mentions(logical.RightOperand, limit)
               && DefaultsToZero(limit);

        /// <summary><c>limit &gt; 0</c>, <c>limit != 0</c>, <c>limit &gt;= 1</c>: the symbol of the limit.</summary>
        private static ISymbol? EnabledLimit(IOperation test)
        {
            if (test is not IBinaryOperation binary || !(binary.RightOperand.WithoutImplicitConversions().ConstantValue.Value is int bound))
            {
                return null;
            }

            var enables = binary.OperatorKind switch
            {
                BinaryOperatorKind.GreaterThan or BinaryOperatorKind.NotEquals => bound == 0,
                BinaryOperatorKind.GreaterThanOrEqual => bound == 1,
                _ => false,
            };
            return enables ? SymbolOf(binary.LeftOperand.WithoutImplicitConversions()) : null;
        }

        private static ISymbol? SymbolOf(IOperation operation) => operation switch
        {
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };

        private static bool Mentions(IOperation operation, ISymbol symbol)
        {
            foreach (var node in OperationWalk.DescendantsAndSelf(operation))
            {
                if (SymbolEqualityComparer.Default.Equals(SymbolOf(node), symbol))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Zero unless configured: a parameter whose default is 0, a field or auto-property declared without an initializer
        /// (or with 0), a property whose getter returns such a field. Anything set elsewhere (a constructor, metadata) is not
        /// claimed.
        /// </summary>
        private static bool DefaultsToZero(ISymbol symbol)
        {
            switch (symbol)
            {
                case IParameterSymbol parameter:
                    return parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is 0;
                case IFieldSymbol field:
                    return !field.IsConst
                           && field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax declarator
                           && (declarator.Initializer == null || IsZero(declarator.Initializer.Value))
                           && !AssignedInConstructor(field);
                case IPropertySymbol property when property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is PropertyDeclarationSyntax declaration:
                    if (declaration.Initializer != null)
                    {
                        return IsZero(declaration.Initializer.Value);
                    }

                    var getter = declaration.ExpressionBody?.Expression
                                 ?? declaration.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration))?.ExpressionBody?.Expression;
                    if (getter == null)
                    {
                        var isAuto = declaration.AccessorList?.Accessors.All(a => a.Body == null && a.ExpressionBody == null) == true;
                        return isAuto && !AssignedInConstructor(property);
                    }

                    return getter is IdentifierNameSyntax name
                           && property.ContainingType.GetMembers(name.Identifier.ValueText).FirstOrDefault() is IFieldSymbol backing
                           && DefaultsToZero(backing);
                default:
                    return false;
            }
        }

        private static bool IsZero(ExpressionSyntax value) => value is LiteralExpressionSyntax { Token.Value: 0 };

        /// <summary>A constructor of the type assigns it: its value is not the default.</summary>
        private static bool AssignedInConstructor(ISymbol member)
        {
            foreach (var constructor in member.ContainingType.InstanceConstructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax().DescendantNodes().OfType<AssignmentExpressionSyntax>()
                        .Any(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: var n } && n == member.Name
                                  || a.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var m } && m == member.Name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
