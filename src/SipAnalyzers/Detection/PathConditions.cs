using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    /// <summary>A condition known to hold (or not) at a point, or the switch section the point is in.</summary>
    internal readonly struct PathCondition
    {
        public PathCondition(IOperation condition, bool holds, ISwitchCaseOperation? section)
        {
            Condition = condition;
            Holds = holds;
            Section = section;
        }

        /// <summary>The tested condition, or the switch's value for a section.</summary>
        public IOperation Condition { get; }

        /// <summary>True inside the then-branch, false inside the else-branch or after an early exit.</summary>
        public bool Holds { get; }

        public ISwitchCaseOperation? Section { get; }
    }

    /// <summary>
    /// The tests on the way to a point inside one method, lambda or local function: enclosing <c>if</c>/<c>?:</c>
    /// branches, earlier <c>if (...) return;</c> guards in enclosing blocks, and enclosing switch sections. Shared by
    /// <see cref="RequestMethods"/> (what the request's method is) and <see cref="PathStatuses"/> (what a status can be).
    /// </summary>
    internal static class PathConditions
    {
        public static IEnumerable<PathCondition> At(IOperation at)
        {
            var current = at;
            for (var parent = at.Parent; parent != null; current = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IConditionalOperation conditional when conditional.Condition != current:
                        yield return new PathCondition(conditional.Condition, conditional.WhenTrue == current, null);
                        break;

                    case ISwitchCaseOperation section when section.Parent is ISwitchOperation switchStatement:
                        yield return new PathCondition(switchStatement.Value, true, section);
                        break;

                    case IBlockOperation block:
                        foreach (var statement in block.Operations)
                        {
                            if (statement == current)
                            {
                                break;
                            }

                            if (statement is IConditionalOperation { WhenFalse: null } guard && Leaves(guard.WhenTrue))
                            {
                                yield return new PathCondition(guard.Condition, false, null);
                            }

                            // while (SipStatus.IsProvisional(resp.StatusCode)) resp = Next(); : after it, the condition is false.
                            if (statement is IWhileLoopOperation { ConditionIsTop: true, ConditionIsUntil: false, Condition: { } whileCondition } loop
                                && !BreaksOut(loop))
                            {
                                yield return new PathCondition(whileCondition, false, null);
                            }
                        }

                        break;

                    case IAnonymousFunctionOperation:
                    case ILocalFunctionOperation:
                    case IMethodBodyOperation:
                        yield break;
                }
            }
        }

        private static bool BreaksOut(ILoopOperation loop)
        {
            foreach (var node in OperationWalk.Descendants(loop.Body))
            {
                if (node is IBranchOperation { BranchKind: BranchKind.Break or BranchKind.GoTo } branch
                    && (SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel) || branch.BranchKind == BranchKind.GoTo))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The branch ends by leaving: return, break, continue, goto or throw.</summary>
        public static bool Leaves(IOperation branch)
        {
            var last = branch is IBlockOperation { Operations.Length: > 0 } block ? block.Operations[block.Operations.Length - 1] : branch;
            return last is IReturnOperation or IBranchOperation or IThrowOperation or IExpressionStatementOperation { Operation: IThrowOperation };
        }

        /// <summary>The method body, lambda or local function an operation belongs to (for a search of the whole body).</summary>
        public static IOperation EnclosingBody(IOperation operation)
        {
            var root = operation;
            while (root.Parent != null && root is not IMethodBodyOperation and not IAnonymousFunctionOperation and not ILocalFunctionOperation)
            {
                root = root.Parent;
            }

            return root;
        }
    }
}
