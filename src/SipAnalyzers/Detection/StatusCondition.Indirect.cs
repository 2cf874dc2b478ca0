using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Generator;
using System;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// Tests that read a status without naming it: a helper's expression, a success flag, a bool local's initializer, a
    /// bool switch expression over a status.
    /// </summary>
    internal readonly partial struct StatusCondition
    {
        /// <summary>
        /// <c>if (IsAuthFailure(ex))</c>: a one-expression bool helper of the compilation, given one argument, read as its
        /// expression with the argument for its parameter; a helper it calls in turn is read too (two levels).
        /// </summary>
        private static StatusCondition Helper(SipCompilationContext sip, IInvocationOperation invocation, int depth)
        {
            var method = invocation.TargetMethod;
            if (invocation.Arguments.Length != 1 || method.ReturnType.SpecialType != SpecialType.System_Boolean
                || method.DeclaringSyntaxReferences.Length != 1)
            {
                return Unknown;
            }

            // Given a status, a response, or a caught exception (which may be a status-carrying one): nothing else is read.
            var argument = invocation.Arguments[0].Value.WithoutImplicitConversions();
            if (!sip.CarriesStatus(argument.Type) && !IsException(argument.Type) && !sip.TryGetSlot(argument, out _))
            {
                return Unknown;
            }

            var reference = method.DeclaringSyntaxReferences[0];
            if (ReturnedExpression(reference.GetSyntax()) is not { } expression
                || sip.SemanticModelFor(reference.SyntaxTree, invocation)?.GetOperation(expression) is not { } body)
            {
                return Unknown;
            }

            var test = Evaluate(sip, body, depth, FlagReading.None);
            if (test.Operand is not { } operand || !RootedIn(operand, method.Parameters[0]))
            {
                return Unknown;
            }

            return new StatusCondition(test.WhenTrue, test.WhenFalse, argument);
        }

        private static bool IsException(ITypeSymbol? type)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (current.Name == "Exception" && current.ContainingNamespace?.Name == "System")
                {
                    return true;
                }
            }

            return false;
        }

        private static ExpressionSyntax? ReturnedExpression(SyntaxNode declaration)
            => declaration switch
            {
                MethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
                MethodDeclarationSyntax { Body.Statements: { Count: 1 } statements }
                    when statements[0] is ReturnStatementSyntax { Expression: { } returned } => returned,
                _ => null,
            };

        /// <summary>The operand is the parameter, or a member read of it (<c>ex.StatusCode</c>).</summary>
        private static bool RootedIn(IOperation operand, IParameterSymbol parameter)
        {
            var node = operand.WithoutConversions();
            while (true)
            {
                switch (node)
                {
                    case IParameterReferenceOperation reference:
                        return SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter);
                    case IMemberReferenceOperation { Instance: { } instance }:
                        node = instance.WithoutConversions();
                        continue;
                    case IConditionalAccessOperation access:
                        node = access.Operation.WithoutConversions();
                        continue;
                    default:
                        return false;
                }
            }
        }

        /// <summary>
        /// <c>if (_registered)</c>: a private bool member that the type sets true only where a 2xx has been seen
        /// (<c>if (resp.Status == Ok) { _registered = true; }</c>) reads as "a 2xx came back" (<see cref="SuccessFlags"/>),
        /// and so does a getter that is true only when such a member is (<c>IsRegistered =&gt; _registered &amp;&amp; IsConnected</c>).
        /// </summary>
        private static StatusCondition SuccessFlag(SipCompilationContext sip, IOperation reference, ISymbol member)
        {
            if (!sip.IsSuccessFlag(member))
            {
                return Unknown;
            }

            var success = ValueSet.Range(200, 299);
            return SuccessFlags.IsComputed(member)
                // IsRegistered => _registered && IsConnected: true says a 2xx came; false may be a lost connection after one.
                ? new StatusCondition(success, ValueSet.All, reference, Diagnostics.Fragments.TrueOnlyAfterSuccess(member.Name))
                : new StatusCondition(success, success.Complement(), reference, Diagnostics.Fragments.SetOnlyAfterSuccess(member.Name));
        }

        /// <summary>
        /// <c>var retry = resp.StatusCode is 480 or 486; ... if (retry)</c>: a bool local written once, where it is
        /// declared, reads as its initializer.
        /// </summary>
        private static StatusCondition BoolLocal(SipCompilationContext sip, ILocalReferenceOperation reference, int depth, FlagReading flags)
        {
            IOperation? initializer = null;
            foreach (var node in OperationWalk.Descendants(PathConditions.EnclosingBody(reference)))
            {
                if (node is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local))
                {
                    initializer = declarator.Initializer?.Value;
                }
                else if (WritesLocal(node, reference.Local))
                {
                    return Unknown; // written again, or an out variable: its value is not the initializer's
                }
            }

            return initializer == null ? Unknown : Evaluate(sip, initializer, depth, flags);
        }

        /// <summary>
        /// <c>code switch { 408 or 480 or 486 =&gt; true, _ =&gt; false }</c>: the statuses of the arms that answer true, each
        /// arm taking only what the arms above it left.
        /// </summary>
        private static StatusCondition BoolSwitch(ISwitchExpressionOperation switchExpression)
        {
            var remaining = ValueSet.All;
            var whenTrue = ValueSet.Empty;
            var whenFalse = ValueSet.Empty;
            foreach (var arm in switchExpression.Arms)
            {
                if (arm.Guard != null || arm.Value.ConstantValue.Value is not bool answer)
                {
                    return Unknown;
                }

                var set = arm.Pattern is IDiscardPatternOperation ? ValueSet.All : ArmSet(arm.Pattern, switchExpression.Value);
                if (set == null)
                {
                    return Unknown;
                }

                var taken = set.Intersect(remaining);
                remaining = remaining.Intersect(set.Complement());
                if (answer)
                {
                    whenTrue = whenTrue.Union(taken);
                }
                else
                {
                    whenFalse = whenFalse.Union(taken);
                }
            }

            return new StatusCondition(whenTrue, whenFalse.Union(remaining), switchExpression.Value.WithoutImplicitConversions());
        }

        private static bool WritesLocal(IOperation node, ILocalSymbol local) => node switch
        {
            IAssignmentOperation { Target: ILocalReferenceOperation target } => SymbolEqualityComparer.Default.Equals(target.Local, local),
            IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: var passed } => passed.WithoutConversions() switch
            {
                ILocalReferenceOperation byRef => SymbolEqualityComparer.Default.Equals(byRef.Local, local),
                IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } => SymbolEqualityComparer.Default.Equals(declared.Local, local),
                _ => false,
            },
            _ => false,
        };
    }
}
