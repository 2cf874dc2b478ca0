using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using System;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    /// <summary>One constant bound of a range, normalized so the status is on the left (<c>300 &gt; x</c> is <c>x &lt; 300</c>).</summary>
    internal readonly struct RangeBound
    {
        public RangeBound(IOperation literal, BinaryOperatorKind kind, long value)
        {
            Literal = literal;
            Kind = kind;
            Value = value;
        }

        public IOperation Literal { get; }

        public BinaryOperatorKind Kind { get; }

        public long Value { get; }

        /// <summary>The first value admitted (x &gt;= v, x &gt; v-1) when this is a lower bound.</summary>
        public long? LowerEdge => Kind switch
        {
            BinaryOperatorKind.GreaterThanOrEqual => Value,
            BinaryOperatorKind.GreaterThan => Value + 1,
            _ => (long?)null,
        };

        /// <summary>The last value admitted (x &lt;= v, x &lt; v+1) when this is an upper bound.</summary>
        public long? UpperEdge => Kind switch
        {
            BinaryOperatorKind.LessThanOrEqual => Value,
            BinaryOperatorKind.LessThan => Value - 1,
            _ => (long?)null,
        };

        /// <summary>The constant that makes this bound's edge <paramref name="edge"/>, keeping the operator.</summary>
        public long ConstantForEdge(long edge) => Kind switch
        {
            BinaryOperatorKind.GreaterThan => edge - 1,
            BinaryOperatorKind.LessThan => edge + 1,
            _ => edge,
        };
    }

    /// <summary>
    /// A boolean condition over one status expression built only from comparisons with constants, <c>x / 100 == k</c>,
    /// <c>&amp;&amp;</c>, <c>||</c>, <c>!</c> and patterns (relational, constant, and, or, not), with the set of values it admits.
    /// </summary>
    internal sealed partial class StatusRange
    {
        private StatusRange(IOperation condition, IOperation operand, ValueSet set, List<RangeBound> bounds, bool hasRange, TextSpan? span = null)
        {
            Condition = condition;
            Operand = operand;
            Set = set;
            Bounds = bounds;
            HasRangeTest = hasRange;
            Span = span ?? condition.Syntax.Span;
        }

        /// <summary>
        /// The whole condition (the binary expression, the 'is' expression or the pattern); for a run of a longer chain
        /// (<see cref="TryBuildRun"/>), the chain.
        /// </summary>
        public IOperation Condition { get; }

        /// <summary>The text the range covers: the condition, or the run's operands within their chain.</summary>
        public TextSpan Span { get; }

        /// <summary>The range's own text, for messages.</summary>
        public string Text => Span == Condition.Syntax.Span ? Condition.Syntax.ToString() : Condition.Syntax.SyntaxTree.GetText().ToString(Span);

        public Location Location => Location.Create(Condition.Syntax.SyntaxTree, Span);

        /// <summary>The status expression, as written.</summary>
        public IOperation Operand { get; }

        public ValueSet Set { get; }

        public List<RangeBound> Bounds { get; }

        /// <summary>At least one relational bound or a division: a range, not just 'x == 200 || x == 202'.</summary>
        public bool HasRangeTest { get; }

        /// <param name="condition">The condition to read.</param>
        /// <param name="requirePureOperand">False to accept an operand with side effects (only to find a range's root).</param>
        public static StatusRange? TryBuild(IOperation condition, bool requirePureOperand = true)
        {
            var builder = new Builder();
            ValueSet? set;
            IOperation? operand;
            if (condition is IIsPatternOperation isPattern)
            {
                operand = isPattern.Value.WithoutImplicitConversions();
                set = builder.Pattern(isPattern.Pattern);
            }
            else
            {
                set = builder.Condition(condition);
                operand = builder.Operand;
            }

            if (set == null || operand == null)
            {
                return null;
            }

            // Rewriting 'f() >= 200 && f() < 300' into one call would change how often f runs.
            if (requirePureOperand && builder.Leaves > 1 && !IsSideEffectFree(operand))
            {
                return null;
            }

            return new StatusRange(condition, operand, set, builder.Bounds, builder.HasRange);
        }

        /// <summary>
        /// A range made of consecutive operands of a longer <c>&amp;&amp;</c> or <c>||</c> chain that also tests other
        /// things: <c>snapshot is null || snapshot.StatusCode &lt; 300 || snapshot.StatusCode &gt; 699</c>.
        /// </summary>
        public static StatusRange? TryBuildRun(IBinaryOperation chain, List<IOperation> run)
        {
            var builder = new Builder();
            ValueSet? set = null;
            foreach (var part in run)
            {
                var partSet = builder.Condition(part);
                if (partSet == null)
                {
                    return null;
                }

                set = set == null ? partSet : chain.OperatorKind == BinaryOperatorKind.ConditionalAnd ? set.Intersect(partSet) : set.Union(partSet);
            }

            if (set == null || builder.Operand is not { } operand || (builder.Leaves > 1 && !IsSideEffectFree(operand)))
            {
                return null;
            }

            return new StatusRange(chain, operand, set, builder.Bounds, builder.HasRange, TextSpan.FromBounds(run[0].Syntax.SpanStart, run[run.Count - 1].Syntax.Span.End));
        }

        /// <summary>
        /// The operands of a chain of one logical operator, left to right (C# operations have no parentheses, so
        /// <c>(a || b) || c</c> is one chain too).
        /// </summary>
        public static List<IOperation> ChainOperands(IBinaryOperation chain)
        {
            var operands = new List<IOperation>();
            IOperation node = chain;
            while (node is IBinaryOperation binary && binary.OperatorKind == chain.OperatorKind)
            {
                operands.Add(binary.RightOperand);
                node = binary.LeftOperand;
            }

            operands.Add(node);
            operands.Reverse();
            return operands;
        }

        /// <summary>
        /// Runs of at least two consecutive operands that are each a range over one and the same status expression, not
        /// counting a run that starts the chain (that run is itself a node of the chain, analyzed as a whole).
        /// </summary>
        public static IEnumerable<(int Start, int End)> Runs(List<IOperation> operands)
        {
            var start = 0;
            while (start < operands.Count)
            {
                IOperation? operand = null;
                var end = start;
                while (end < operands.Count && IsSimpleRange(operands[end]) && IsConditionRange(operands[end], ref operand))
                {
                    end++;
                }

                if (end - start >= 2 && start > 0)
                {
                    yield return (start, end - 1);
                }

                start = Math.Max(end, start + 1);
            }
        }

        /// <summary>One comparison or is-pattern (a nested &amp;&amp;/|| is a range of its own, analyzed as a node).</summary>
        private static bool IsSimpleRange(IOperation operation)
            => operation is IIsPatternOperation || (operation is IBinaryOperation binary
                && binary.OperatorKind is not (BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr));

        /// <summary>
        /// Whether <see cref="TryBuild"/> with <c>requirePureOperand: false</c> would build a range, without building it:
        /// every inner comparison of a range asks this of its parent (to leave the range to its root), so it must not
        /// allocate. Same shapes as the builder: comparisons of one operand with int constants, <c>x / 100 == k</c>,
        /// <c>&amp;&amp;</c>, <c>||</c>, <c>!</c> and is-patterns.
        /// </summary>
        public static bool IsRange(IOperation condition)
        {
            if (condition is IIsPatternOperation isPattern)
            {
                return IsPatternRange(isPattern.Pattern);
            }

            IOperation? operand = null;
            return IsConditionRange(condition, ref operand);
        }

        private static bool IsConditionRange(IOperation operation, ref IOperation? operand)
        {
            switch (operation)
            {
                case IIsPatternOperation isPattern:
                    return IsSameOperand(isPattern.Value.WithoutImplicitConversions(), ref operand) && IsPatternRange(isPattern.Pattern);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical:
                    return IsConditionRange(logical.LeftOperand, ref operand) && IsConditionRange(logical.RightOperand, ref operand);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return IsConditionRange(not.Operand, ref operand);
                case IBinaryOperation comparison:
                    if (!Builder.TrySplit(comparison, out var other, out _, out var kind, out _))
                    {
                        return false;
                    }

                    return Builder.Dividend(other, kind) is { } dividend
                        ? IsSameOperand(dividend, ref operand)
                        : IsSameOperand(other, ref operand);
                default:
                    return false;
            }
        }

        private static bool IsPatternRange(IPatternOperation pattern)
        {
            switch (pattern)
            {
                case IBinaryPatternOperation binary:
                    return IsPatternRange(binary.LeftPattern) && IsPatternRange(binary.RightPattern);
                case INegatedPatternOperation negated:
                    return IsPatternRange(negated.Pattern);
                case IRelationalPatternOperation relational:
                    return Constants.TryGetIntValue(relational.Value.WithoutImplicitConversions(), out _);
                case IConstantPatternOperation constant:
                    return Constants.TryGetIntValue(constant.Value.WithoutImplicitConversions(), out _);
                default:
                    return false;
            }
        }

        /// <summary>
        /// The candidate is the range's operand: the first non-constant one seen, or the same expression as written, of
        /// the same type. Shared by the builder and <see cref="IsRange"/>.
        /// </summary>
        private static bool IsSameOperand(IOperation candidate, ref IOperation? operand)
        {
            if (Constants.IsConstant(candidate))
            {
                return false;
            }

            if (operand == null)
            {
                operand = candidate;
                return true;
            }

            return SyntaxFactory.AreEquivalent(operand.Syntax, candidate.Syntax, topLevel: false)
                   && SymbolEqualityComparer.Default.Equals(operand.Type, candidate.Type);
        }

        /// <summary>A pattern alone (a switch arm's <c>&gt;= 200 and &lt; 299</c>) over an input known to the caller.</summary>
        public static StatusRange? TryBuildPattern(IPatternOperation pattern, IOperation input)
        {
            var builder = new Builder();
            var set = builder.Pattern(pattern);
            return set == null ? null : new StatusRange(pattern, input.WithoutImplicitConversions(), set, builder.Bounds, builder.HasRange);
        }

        private static bool IsSideEffectFree(IOperation operation)
        {
            switch (operation)
            {
                case ILocalReferenceOperation:
                case IParameterReferenceOperation:
                case IInstanceReferenceOperation:
                    return true;
                case IFieldReferenceOperation field:
                    return field.Instance == null || IsSideEffectFree(field.Instance);
                case IPropertyReferenceOperation property:
                    return property.Arguments.Length == 0 && (property.Instance == null || IsSideEffectFree(property.Instance));
                case IConversionOperation conversion:
                    return IsSideEffectFree(conversion.Operand);
                case IConditionalAccessOperation access: // response?.Status
                    return IsSideEffectFree(access.Operation) && IsSideEffectFree(access.WhenNotNull);
                case IConditionalAccessInstanceOperation:
                    return true;
                default:
                    return false;
            }
        }
    }
}
