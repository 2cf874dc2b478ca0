using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using System;
using System.Collections.Generic;
using SipAnalyzers.Context;

namespace SipAnalyzers.Detection
{
    /// <summary>What bounds a retry: the loop's own condition, or a counter tested where it can stop the attempts.</summary>
    internal sealed partial class LoopFacts
    {
        /// <summary>
        /// The loop has no bound of its own: <c>while (true)</c>, <c>for (;;)</c>, <c>do ... while (true)</c>, or a
        /// condition that only tests the status (<c>while (resp.StatusCode == 401)</c>).
        /// </summary>
        public static bool IsUnbounded(SipCompilationContext sip, ILoopOperation loop)
        {
            IOperation? condition = OperationHelpers.LoopCondition(loop);
            if (loop is IForEachLoopOperation)
            {
                return false;
            }

            if (condition == null || condition.ConstantValue.Value is true)
            {
                return true;
            }

            var test = StatusCondition.Evaluate(sip, condition);
            if (test.Operand != null)
            {
                return !MentionsNonStatusSymbol(sip, condition, Symbol(test.Operand));
            }

            // while (!ct.IsCancellationRequested && !_disposed): flags that only shutdown sets; nothing counts the
            // attempts or sets a deadline (a comparison or a number would).
            return !MentionsNonStatusSymbol(sip, condition, null) && !ComparesValues(condition);
        }

        private static bool ComparesValues(IOperation condition)
        {
            foreach (var operation in OperationWalk.DescendantsAndSelf(condition))
            {
                if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                                                   or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A counter is tested on the way to <paramref name="at"/>: the retry sits in a branch of a test, or a catch whose
        /// filter, reads something the body counts (<c>if (resp.Status == Unauthorised &amp;&amp; ++attempts &lt; 3) continue;</c>).
        /// </summary>
        public bool CountsOnTheWayTo(IOperation at, IOperation scope)
        {
            if (_counted.Count == 0)
            {
                return false;
            }

            for (IOperation? child = at, node = at.Parent; node != null && child != scope; child = node, node = node.Parent)
            {
                var test = node switch
                {
                    IConditionalOperation conditional when child != conditional.Condition => conditional.Condition,
                    ICatchClauseOperation { Filter: { } filter } => filter,
                    _ => null,
                };
                if (test == null)
                {
                    continue;
                }

                foreach (var operation in OperationWalk.DescendantsAndSelf(test))
                {
                    if (Symbol(operation) is { } symbol && _counted.Contains(symbol))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>A branch that leaves the loop or the method, or sets a flag a condition can read.</summary>
        private static bool CanEndTheLoop(IOperation? branch)
        {
            if (branch == null)
            {
                return false;
            }

            foreach (var operation in OperationWalk.DescendantsAndSelf(branch))
            {
                switch (operation)
                {
                    case IReturnOperation:
                    case IThrowOperation:
                    case IBranchOperation { BranchKind: BranchKind.Break }:
                    case ISimpleAssignmentOperation { Target.Type.SpecialType: SpecialType.System_Boolean }:
                        return true;
                    case IInvocationOperation { TargetMethod.Name: "Cancel" or "Stop" or "Dispose" }:
                        return true;
                }
            }

            return false;
        }

        /// <summary>The condition reads a number other than the tested status (an attempt counter, a deadline).</summary>
        private static bool MentionsNonStatusSymbol(SipCompilationContext sip, IOperation condition, ISymbol? status)
        {
            foreach (var operation in OperationWalk.DescendantsAndSelf(condition))
            {
                if ((operation is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation)
                    && !operation.ConstantValue.HasValue && Constants.IsIntegral(operation.Type)
                    && operation.Parent is not IPropertyReferenceOperation and not IFieldReferenceOperation
                    && !SymbolEqualityComparer.Default.Equals(Symbol(operation), status) && !sip.TryGetSlot(operation, out _))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
