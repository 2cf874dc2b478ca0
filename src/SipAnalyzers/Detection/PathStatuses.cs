using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// The statuses a given status expression can hold at a point, read from the tests around it: an enclosing
    /// <c>if (resp.StatusCode != 503)</c> or <c>?:</c>, an earlier <c>if (SipStatus.IsProvisional(code)) return;</c> (<see cref="PathConditions"/>).
    /// Only tests of the same expression count (the same member of the same local, parameter or field, or the same local).
    /// </summary>
    internal static class PathStatuses
    {
        public static ValueSet At(SipCompilationContext sip, IOperation at, IOperation status)
        {
            var key = Key(status);
            var result = ValueSet.All;
            if (key == null)
            {
                return result;
            }

            foreach (var test in PathConditions.At(at))
            {
                if (test.Section != null)
                {
                    continue; // switch sections are not read for statuses here (SIP2002 and SIP2012 read if-chains)
                }

                var condition = StatusCondition.Evaluate(sip, test.Condition);
                if (SameKey(condition.Operand, key))
                {
                    result = result.Intersect(test.Holds ? condition.WhenTrue : condition.WhenFalse);
                }
            }

            return result;
        }

        private static bool SameKey(IOperation? operand, (ISymbol Member, ISymbol? Receiver)? key)
            => operand != null && Key(operand) is { } other && key is { } k
               && SymbolEqualityComparer.Default.Equals(other.Member, k.Member) && SymbolEqualityComparer.Default.Equals(other.Receiver, k.Receiver);

        /// <summary>
        /// <c>resp.StatusCode</c> and <c>(int)resp.Status</c> as (Status, resp); a local or parameter as (itself, null).
        /// Two status expressions with the same key read the same value.
        /// </summary>
        public static (ISymbol Member, ISymbol? Receiver)? Key(IOperation operation)
        {
            operation = operation.WithoutConversions();
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    return (local.Local, null);
                case IParameterReferenceOperation parameter:
                    return (parameter.Parameter, null);
            }

            var (member, instance) = OperationHelpers.MemberRead(operation);
            return member == null ? null : (member is IPropertySymbol property ? Twin(property) : member, OperationHelpers.NamedSymbol(instance));
        }

        /// <summary>A response's int StatusCode and its enum-typed Status read the same value: both key as Status.</summary>
        private static ISymbol Twin(IPropertySymbol property)
        {
            if (property.Name == "StatusCode" && property.ContainingType != null)
            {
                foreach (var member in property.ContainingType.GetMembers("Status"))
                {
                    return member;
                }
            }

            return property;
        }
    }
}
