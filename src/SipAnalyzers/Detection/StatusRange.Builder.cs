using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using System;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    internal sealed partial class StatusRange
    {
        /// <summary>Reads a condition into the set of values it admits, with its operand and bounds.</summary>
        private sealed class Builder
        {
            public IOperation? Operand;
            public readonly List<RangeBound> Bounds = new List<RangeBound>();
            public bool HasRange;
            public int Leaves;

            public ValueSet? Condition(IOperation operation)
            {
                switch (operation)
                {
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                        return Combine(Condition(and.LeftOperand), and.RightOperand, (a, b) => a.Intersect(b));
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                        return Combine(Condition(or.LeftOperand), or.RightOperand, (a, b) => a.Union(b));
                    case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                        return Condition(not.Operand)?.Complement();
                    case IBinaryOperation comparison:
                        return Comparison(comparison);
                    case IIsPatternOperation isPattern:
                        return SameOperand(isPattern.Value.WithoutImplicitConversions()) ? Pattern(isPattern.Pattern) : null;
                    default:
                        return null;
                }
            }

            private ValueSet? Combine(ValueSet? left, IOperation right, System.Func<ValueSet, ValueSet, ValueSet> op)
            {
                if (left == null)
                {
                    return null;
                }

                var rightSet = Condition(right);
                return rightSet == null ? null : op(left, rightSet);
            }

            private ValueSet? Comparison(IBinaryOperation comparison)
            {
                if (!TrySplit(comparison, out var other, out var literal, out var kind, out var value))
                {
                    return null;
                }

                // code / 100 == 2
                if (Dividend(other, kind) is { } dividend)
                {
                    if (!SameOperand(dividend))
                    {
                        return null;
                    }

                    HasRange = true;
                    Leaves++;
                    long low = value > 0 ? value * 100L : value == 0 ? -99 : value * 100L - 99;
                    var classSet = ValueSet.Range(low, low + (value == 0 ? 198 : 99));
                    return kind == BinaryOperatorKind.Equals ? classSet : classSet.Complement();
                }

                if (!SameOperand(other))
                {
                    return null;
                }

                Leaves++;
                return Leaf(literal, kind, value);
            }

            /// <summary>
            /// An equality or relational comparison with an int constant on one side: the other side (implicit
            /// conversions removed), the constant's operand, the operator as if the constant were on the right, and the
            /// constant.
            /// </summary>
            public static bool TrySplit(IBinaryOperation comparison, out IOperation other, out IOperation literal, out BinaryOperatorKind kind, out int value)
            {
                kind = comparison.OperatorKind;
                other = literal = comparison;
                value = 0;
                if (!OperationHelpers.IsEquality(kind) && !OperationHelpers.IsRelational(kind))
                {
                    return false;
                }

                if (Constants.IsConstant(comparison.RightOperand.WithoutImplicitConversions()))
                {
                    literal = comparison.RightOperand;
                    other = comparison.LeftOperand;
                }
                else if (Constants.IsConstant(comparison.LeftOperand.WithoutImplicitConversions()))
                {
                    literal = comparison.LeftOperand;
                    other = comparison.RightOperand;
                    kind = OperationHelpers.Mirror(kind);
                }
                else
                {
                    return false;
                }

                other = other.WithoutImplicitConversions();
                return Constants.TryGetIntValue(literal.WithoutImplicitConversions(), out value);
            }

            /// <summary>The <c>code</c> of <c>code / 100 == k</c> (equality with a division by 100), else null.</summary>
            public static IOperation? Dividend(IOperation other, BinaryOperatorKind kind)
                => other is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division && OperationHelpers.IsEquality(kind)
                   && Constants.TryGetInt32(division.RightOperand.WithoutImplicitConversions(), out var divisor) && divisor == 100
                    ? division.LeftOperand.WithoutImplicitConversions()
                    : null;

            private ValueSet? Leaf(IOperation literal, BinaryOperatorKind kind, long value)
            {
                switch (kind)
                {
                    case BinaryOperatorKind.Equals:
                        return ValueSet.Range(value, value);
                    case BinaryOperatorKind.NotEquals:
                        return ValueSet.Range(value, value).Complement();
                }

                HasRange = true;
                Bounds.Add(new RangeBound(literal, kind, value));
                return kind switch
                {
                    BinaryOperatorKind.LessThan => ValueSet.Range(ValueSet.Min, value - 1),
                    BinaryOperatorKind.LessThanOrEqual => ValueSet.Range(ValueSet.Min, value),
                    BinaryOperatorKind.GreaterThan => ValueSet.Range(value + 1, ValueSet.Max),
                    _ => ValueSet.Range(value, ValueSet.Max),
                };
            }

            public ValueSet? Pattern(IPatternOperation pattern)
            {
                switch (pattern)
                {
                    case IBinaryPatternOperation binary:
                        var left = Pattern(binary.LeftPattern);
                        var right = left == null ? null : Pattern(binary.RightPattern);
                        if (right == null)
                        {
                            return null;
                        }

                        return binary.OperatorKind == BinaryOperatorKind.And ? left!.Intersect(right) : left!.Union(right);
                    case INegatedPatternOperation negated:
                        return Pattern(negated.Pattern)?.Complement();
                    case IRelationalPatternOperation relational
                        when Constants.TryGetIntValue(relational.Value.WithoutImplicitConversions(), out var bound):
                        Leaves++;
                        return Leaf(relational.Value, relational.OperatorKind, bound);
                    case IConstantPatternOperation constant
                        when Constants.TryGetIntValue(constant.Value.WithoutImplicitConversions(), out var single):
                        Leaves++;
                        return ValueSet.Range(single, single);
                    default:
                        return null;
                }
            }

            private bool SameOperand(IOperation candidate) => IsSameOperand(candidate, ref Operand);
        }
    }
}
