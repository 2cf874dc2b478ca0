using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// The range rules: SIP1002 (a raw class range that a SipStatus predicate says by name, <see cref="SIP1002_RawStatusRange"/>)
    /// and SIP2003 (a class range off at an edge, <see cref="SIP2003_WrongClassBounds"/>).
    /// A condition is analyzed once, at its outermost operation that is still a range over the same status.
    /// </summary>
    internal sealed class RangeRules : SipRuleFamily
    {

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(SIP1002_RawStatusRange.Descriptor, SIP2003_WrongClassBounds.Descriptor);

        internal override void Register(SipRegistration context, SipCompilationContext sip)
        {
            context.RegisterOperationAction(c => AnalyzeCondition(c, sip), OperationKind.Binary, OperationKind.Unary, OperationKind.IsPattern);
            context.RegisterOperationAction(c => AnalyzeSwitchExpression(c, sip), OperationKind.SwitchExpression);
            context.RegisterOperationAction(c => AnalyzeSwitchStatement(c, sip), OperationKind.Switch);
        }

        private static void AnalyzeCondition(in OperationAnalysisContext context, SipCompilationContext sip)
        {
            var operation = context.Operation;
            // Most conditions end at the first test: 'code == 486' has no bound to be wrong and no class to name. An
            // equality is let go before any constant is read ('state == CallState.Idle' would box its enum constant).
            if (operation.Kind == OperationKind.Binary && IsEqualityWithoutDivision((IBinaryOperation)operation))
            {
                return;
            }

            if (operation.Kind == OperationKind.Binary && IsChainRoot((IBinaryOperation)operation, out var chain) && MayHoldRun(chain))
            {
                AnalyzeRuns(context, sip, chain);
            }

            if (!MayBeRange(operation, out var hasStatusBound, out var hasRangeTest) || !hasStatusBound || !hasRangeTest
                || FirstOperand(operation) is not { } candidate
                || (!sip.TryGetSlot(candidate, out _) && !MayBeValidityCheckInSipCode(operation, context.ContainingSymbol, sip))
                || (operation.Parent is { } parent && MayBeRange(parent, out _, out _) && StatusRange.IsRange(parent))
                || IsInRun(operation))
            {
                return; // not a range, or part of a larger range that is analyzed at its root
            }

            // Cheapest first: the shape of the condition, then what it means, and only then symbols.
            var range = StatusRange.TryBuild(operation);
            if (range == null || !range.HasRangeTest)
            {
                return;
            }

            var verdict = RangeVerdict.Classify(range);
            if (verdict.Kind == RangeVerdictKind.None
                || (!sip.TryGetSlot(range.Operand, out _) && !(verdict.Predicate == "IsValid" && Constants.IsIntegral(range.Operand.Type))))
            {
                return;
            }

            Report(context, sip, range, verdict);
        }

        /// <summary>
        /// <c>snapshot is null || snapshot.StatusCode &lt; 300 || snapshot.StatusCode &gt; 699</c>: a range written as
        /// consecutive operands of a chain that also tests other things. Each such run is one range.
        /// </summary>
        private static void AnalyzeRuns(in OperationAnalysisContext context, SipCompilationContext sip, IBinaryOperation chain)
        {
            var operands = StatusRange.ChainOperands(chain);
            foreach (var (start, end) in StatusRange.Runs(operands))
            {
                if (FirstOperand(operands[start]) is not { } candidate || !sip.TryGetSlot(candidate, out _))
                {
                    continue;
                }

                var range = StatusRange.TryBuildRun(chain, operands.GetRange(start, end - start + 1));
                if (range == null || !range.HasRangeTest)
                {
                    continue;
                }

                var verdict = RangeVerdict.Classify(range);
                if (verdict.Kind != RangeVerdictKind.None)
                {
                    Report(context, sip, range, verdict);
                }
            }
        }

        /// <summary>The topmost &amp;&amp; or || of a chain of that operator, with at least three operands.</summary>
        private static bool IsChainRoot(IBinaryOperation operation, out IBinaryOperation chain)
        {
            chain = operation;
            return operation.OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr
                && !(operation.Parent is IBinaryOperation outer && outer.OperatorKind == operation.OperatorKind)
                && operation.LeftOperand is IBinaryOperation inner && inner.OperatorKind == operation.OperatorKind;
        }

        /// <summary>At least two operands that may be status bounds: allocation-free, before the chain is flattened.</summary>
        private static bool MayHoldRun(IBinaryOperation chain)
        {
            var bounds = 0;
            IOperation node = chain;
            while (true)
            {
                var operand = node is IBinaryOperation binary && binary.OperatorKind == chain.OperatorKind ? binary.RightOperand : node;
                if (operand.Kind is OperationKind.Binary or OperationKind.IsPattern && MayBeRange(operand, out var hasBound, out _) && hasBound && ++bounds >= 2)
                {
                    return true;
                }

                if (operand == node)
                {
                    return false;
                }

                node = ((IBinaryOperation)node).LeftOperand;
            }
        }

        /// <summary>An operand of a chain that belongs to a run (<see cref="AnalyzeRuns"/>), analyzed with its run.</summary>
        private static bool IsInRun(IOperation operation)
        {
            if (operation.Parent is not IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } chain)
            {
                return false;
            }

            while (chain.Parent is IBinaryOperation outer && outer.OperatorKind == chain.OperatorKind)
            {
                chain = outer;
            }

            var operands = StatusRange.ChainOperands(chain);
            var index = operands.IndexOf(operation);
            foreach (var (start, end) in StatusRange.Runs(operands))
            {
                if (index >= start && index <= end)
                {
                    return true;
                }
            }

            return false;
        }

        private static void Report(in OperationAnalysisContext context, SipCompilationContext sip, StatusRange range, RangeVerdict verdict)
        {
            var diagnostic = verdict.Kind == RangeVerdictKind.ClassCheck ? SIP1002_RawStatusRange.Check(sip, range, verdict)
                : verdict.Kind == RangeVerdictKind.WrongBounds ? SIP2003_WrongClassBounds.Check(sip, range, verdict, allowPredicate: true)
                : null;
            if (diagnostic != null)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        private static void AnalyzeSwitchExpression(in OperationAnalysisContext context, SipCompilationContext sip)
        {
            var switchExpression = (ISwitchExpressionOperation)context.Operation;
            if (!sip.TryGetSlot(switchExpression.Value, out _))
            {
                return;
            }

            foreach (var arm in switchExpression.Arms)
            {
                AnalyzeArmPattern(context, sip, arm.Pattern, switchExpression.Value);
            }
        }

        private static void AnalyzeSwitchStatement(in OperationAnalysisContext context, SipCompilationContext sip)
        {
            var switchStatement = (ISwitchOperation)context.Operation;
            if (!sip.TryGetSlot(switchStatement.Value, out _))
            {
                return;
            }

            foreach (var section in switchStatement.Cases)
            {
                foreach (var clause in section.Clauses)
                {
                    if (clause is IPatternCaseClauseOperation patternClause)
                    {
                        AnalyzeArmPattern(context, sip, patternClause.Pattern, switchStatement.Value);
                    }
                }
            }
        }

        /// <summary>Arms get SIP2003 only: a pattern cannot become a method call, and earlier arms may narrow it.</summary>
        private static void AnalyzeArmPattern(in OperationAnalysisContext context, SipCompilationContext sip, IPatternOperation pattern, IOperation input)
        {
            if (pattern is not (IBinaryPatternOperation or IRelationalPatternOperation or INegatedPatternOperation))
            {
                return;
            }

            var range = StatusRange.TryBuildPattern(pattern, input);
            if (range == null)
            {
                return;
            }

            var verdict = RangeVerdict.Classify(range);
            if (verdict.Kind == RangeVerdictKind.WrongBounds)
            {
                context.ReportDiagnostic(SIP2003_WrongClassBounds.Check(sip, range, verdict, allowPredicate: false));
            }
        }

        /// <summary>
        /// An allocation-free look at the shape: only comparisons with constants, 'x / 100 == k', is-patterns, !, &amp;&amp;
        /// and ||; and at least one constant near the status range. Only such conditions are built and classified, and
        /// only when they test a range (a relational operator, a division or a pattern), not just equalities.
        /// </summary>
        private static bool MayBeRange(IOperation operation, out bool hasStatusBound, out bool hasRangeTest)
        {
            // Kinds, not interface patterns: every binary and unary operation of a compilation comes here, and an
            // arithmetic one failed three interface checks before reaching the default.
            hasStatusBound = hasRangeTest = false;
            switch (operation.Kind)
            {
                case OperationKind.Binary:
                    var binary = (IBinaryOperation)operation;
                    if (binary.OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr)
                    {
                        if (!MayBeRange(binary.LeftOperand, out var leftBound, out var leftRange) || !MayBeRange(binary.RightOperand, out var rightBound, out var rightRange))
                        {
                            return false;
                        }

                        hasStatusBound = leftBound || rightBound;
                        hasRangeTest = leftRange || rightRange;
                        return true;
                    }

                    if (!OperationHelpers.IsRelational(binary.OperatorKind) && !OperationHelpers.IsEquality(binary.OperatorKind))
                    {
                        return false;
                    }

                    var right = Lifted(binary.RightOperand);
                    var left = Lifted(binary.LeftOperand);
                    var constantRight = Constants.IsConstant(right);
                    if (!constantRight && !Constants.IsConstant(left))
                    {
                        return false;
                    }

                    var division = IsDivision(binary.LeftOperand.WithoutImplicitConversions()) || IsDivision(binary.RightOperand.WithoutImplicitConversions());
                    hasStatusBound = IsStatusBound(right) || IsStatusBound(left) || (constantRight && division);
                    hasRangeTest = OperationHelpers.IsRelational(binary.OperatorKind) || division;
                    return true;
                case OperationKind.Unary:
                    var unary = (IUnaryOperation)operation;
                    return unary.OperatorKind == UnaryOperatorKind.Not && MayBeRange(unary.Operand, out hasStatusBound, out hasRangeTest);
                case OperationKind.IsPattern:
                    hasStatusBound = hasRangeTest = true; // patterns are rare; let the builder decide
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// <c>code is &gt;= 100 and &lt;= 699</c> on any integer in SIP code: the bounds of SIP's status range are evidence
        /// enough (with the code around them) that the value is a status, whatever it was read from (a parsed status line).
        /// </summary>
        private static bool MayBeValidityCheckInSipCode(IOperation condition, ISymbol containing, SipCompilationContext sip)
        {
            var low = false;
            var high = false;
            foreach (var operation in OperationWalk.Descendants(condition))
            {
                if (operation.Kind == OperationKind.Literal && Constants.TryGetInt32(operation, out var value))
                {
                    low |= value is 99 or 100;
                    high |= value is 699 or 700;
                }
            }

            return low && high && sip.IsSipCode(containing);
        }

        /// <summary><c>x == k</c> or <c>x != k</c>, not <c>x / 100 == k</c>: no range test, whatever its constants are.</summary>
        private static bool IsEqualityWithoutDivision(IBinaryOperation binary)
            => OperationHelpers.IsEquality(binary.OperatorKind)
               && !IsDivision(binary.LeftOperand.WithoutImplicitConversions()) && !IsDivision(binary.RightOperand.WithoutImplicitConversions());

        private static bool IsDivision(IOperation operation)
            => operation.Kind == OperationKind.Binary && ((IBinaryOperation)operation).OperatorKind == BinaryOperatorKind.Divide;

        /// <summary>
        /// The value a range tests (its first comparison's non-constant side; the dividend of <c>x / 100 == 2</c>): checked
        /// for a status slot before the range is built, so HTTP, timer and arithmetic ranges allocate nothing.
        /// </summary>
        private static IOperation? FirstOperand(IOperation operation)
        {
            switch (operation)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical:
                    return FirstOperand(logical.LeftOperand);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return FirstOperand(not.Operand);
                case IIsPatternOperation isPattern:
                    return isPattern.Value;
                case IBinaryOperation comparison:
                    var side = (Constants.IsConstant(Lifted(comparison.RightOperand)) ? comparison.LeftOperand : comparison.RightOperand).WithoutImplicitConversions();
                    return side is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } division ? division.LeftOperand : side;
                default:
                    return null;
            }
        }

        /// <summary>The constant of <c>status &lt; 200</c> over an <c>int?</c> is a lifted conversion of 200, itself no constant.</summary>
        private static IOperation Lifted(IOperation operand)
            => operand.Kind == OperationKind.Conversion && ((IConversionOperation)operand).IsImplicit ? ((IConversionOperation)operand).Operand : operand;

        private static bool IsStatusBound(IOperation operand)
            => Constants.TryGetInt32(operand, out var value) && value >= 99 && value <= 700;

        internal static string SpanText(Microsoft.CodeAnalysis.Text.TextSpan span)
            => span.Start.ToString(CultureInfo.InvariantCulture) + "," + span.Length.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// The predicate call a range becomes. A range over an <c>int?</c> is false for null: the call reads
        /// <c>x.GetValueOrDefault()</c> (0, which no predicate admits), and a negated one checks for a value first.
        /// </summary>
        internal static string Replacement(string predicate, bool negated, IOperation operand)
            => !Constants.IsNullable(operand.Type) ? (negated ? "!" : string.Empty) + "SipStatus." + predicate + "(" + operand.Syntax + ")"
                : negated ? "(" + operand.Syntax + ".HasValue && !SipStatus." + predicate + "(" + operand.Syntax + ".Value))"
                : "SipStatus." + predicate + "(" + operand.Syntax + ".GetValueOrDefault())";

        /// <summary>The condition's text on one line, whitespace runs collapsed, at most 80 characters.</summary>
        internal static string Shorten(string text)
        {
            var sb = new System.Text.StringBuilder(Math.Min(text.Length, 80));
            var space = false;
            foreach (var ch in text)
            {
                if (char.IsWhiteSpace(ch))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(ch);
                if (sb.Length > 80)
                {
                    sb.Length = 77;
                    return sb.Append("...").ToString();
                }
            }

            return sb.ToString();
        }
    }
}
