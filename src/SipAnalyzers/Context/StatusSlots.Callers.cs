using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Detection;
using System.Collections.Generic;

namespace SipAnalyzers.Context
{
    /// <summary>A parameter is a status because a caller gives it one.</summary>
    internal sealed partial class StatusSlots
    {
        [System.ThreadStatic]
        private static HashSet<ISymbol>? _feeding;

        /// <summary>
        /// <c>Fail(number, ex.StatusCode, ...)</c> and elsewhere in the same type <c>Fail(number, 503, ...)</c>: a private
        /// or internal method's parameter named like a code, given a known status by one of its callers in its own type, is
        /// a status for the others too. Only that type's source is read (a private helper's callers are all there).
        /// </summary>
        private bool FedAStatusByItsCallers(IParameterSymbol parameter)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
                || method.DeclaredAccessibility is not (Accessibility.Private or Accessibility.Internal)
                || method.ContainingType is not { } type || method.DeclaringSyntaxReferences.IsEmpty)
            {
                return false;
            }

            _feeding ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            if (!_feeding.Add(parameter))
            {
                return false; // a caller passes this parameter on to itself
            }

            try
            {
                foreach (var (invocation, tree) in TypeSource.Nodes<InvocationExpressionSyntax>(type))
                {
                    if (TypeSource.LastName(invocation.Expression) == method.Name
                        && _sip.SemanticModelFor(tree)?.GetOperation(invocation) is IInvocationOperation call
                        && SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, method)
                        && GivesAStatus(call, parameter))
                    {
                        return true;
                    }
                }

                return false;
            }
            finally
            {
                _feeding.Remove(parameter);
            }
        }

        private bool GivesAStatus(IInvocationOperation call, IParameterSymbol parameter)
        {
            foreach (var argument in call.Arguments)
            {
                // A parameter passed on is not read here: its own callers would be scanned in turn.
                if (SymbolEqualityComparer.Default.Equals(argument.Parameter?.OriginalDefinition, parameter)
                    && !argument.Value.ConstantValue.HasValue && argument.Value.WithoutConversions() is not IParameterReferenceOperation
                    && TryGetSlot(argument.Value, out _))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
