using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Generator;
using SipAnalyzers.Context;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// What a boolean condition says about a SIP status, as two over-approximations: the statuses for which it may be
    /// true and those for which it may be false. Parts that do not test a status (<c>attempts &lt; 3</c>) allow every
    /// status either way, so <c>code &gt;= 400 &amp;&amp; attempts &lt; 3</c> may be true only for 400..699 but may be
    /// false for any status. Reads comparisons, ranges, patterns, <c>x / 100 == 6</c> and the generated
    /// <c>Sip.SipStatus.IsX</c> predicates.
    /// </summary>
    internal readonly struct StatusCondition
    {
        private StatusCondition(ValueSet whenTrue, ValueSet whenFalse, IOperation? operand)
        {
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
            Operand = operand;
        }

        public ValueSet WhenTrue { get; }

        public ValueSet WhenFalse { get; }

        /// <summary>The status expression tested, if any part tested one.</summary>
        public IOperation? Operand { get; }

        public bool TestsStatus => Operand != null;

        private static StatusCondition Unknown => new StatusCondition(ValueSet.All, ValueSet.All, null);

        public static StatusCondition Evaluate(SipCompilationContext sip, IOperation condition)
        {
            condition = condition.WithoutImplicitConversions();
            switch (condition)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                {
                    var left = Evaluate(sip, and.LeftOperand);
                    var right = Evaluate(sip, and.RightOperand);
                    return new StatusCondition(left.WhenTrue.Intersect(right.WhenTrue), left.WhenFalse.Union(right.WhenFalse), left.Operand ?? right.Operand);
                }

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                {
                    var left = Evaluate(sip, or.LeftOperand);
                    var right = Evaluate(sip, or.RightOperand);
                    return new StatusCondition(left.WhenTrue.Union(right.WhenTrue), left.WhenFalse.Intersect(right.WhenFalse), left.Operand ?? right.Operand);
                }

                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                {
                    var inner = Evaluate(sip, not.Operand);
                    return new StatusCondition(inner.WhenFalse, inner.WhenTrue, inner.Operand);
                }

                case IInvocationOperation invocation:
                    return Predicate(sip, invocation);

                case IBinaryOperation:
                case IIsPatternOperation:
                    var range = StatusRange.TryBuild(condition);
                    if (range != null && (sip.TryGetSlot(range.Operand, out _) || ComparesWithStatusMember(sip, condition)))
                    {
                        return new StatusCondition(range.Set, range.Set.Complement(), range.Operand);
                    }

                    return Unknown;

                default:
                    return Unknown;
            }
        }

        /// <summary><c>code == (int)SipStatusCode.Ok</c>: the named member makes an unknown int a status.</summary>
        private static bool ComparesWithStatusMember(SipCompilationContext sip, IOperation condition)
        {
            foreach (var operation in OperationWalk.Descendants(condition))
            {
                if (operation is IFieldReferenceOperation { Field: { HasConstantValue: true } field } && sip.IsStatusEnum(field.ContainingType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The status set a case or pattern arm admits over a switch on a status.</summary>
        public static ValueSet? ArmSet(IPatternOperation pattern, IOperation input)
            => StatusRange.TryBuildPattern(pattern, input)?.Set;

        /// <summary><c>SipStatus.IsGlobalFailure(code)</c>: the generated predicates, read from their one definition.</summary>
        private static StatusCondition Predicate(SipCompilationContext sip, IInvocationOperation invocation)
        {
            if (invocation.Arguments.Length != 1
                || !SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, sip.GeneratedPredicates))
            {
                return Unknown;
            }

            foreach (var (name, low, high, _) in SipTypesSource.Predicates)
            {
                if (name == invocation.TargetMethod.Name)
                {
                    var set = ValueSet.Range(low, high);
                    return new StatusCondition(set, set.Complement(), invocation.Arguments[0].Value.WithoutImplicitConversions());
                }
            }

            return Unknown;
        }
    }
}
