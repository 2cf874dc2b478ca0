using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using System;
using System.Collections.Generic;
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
    internal readonly partial struct StatusCondition
    {
        private StatusCondition(ValueSet whenTrue, ValueSet whenFalse, IOperation? operand, Diagnostics.LocalizedText? evidence = null)
        {
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
            Operand = operand;
            Evidence = evidence;
        }

        public ValueSet WhenTrue { get; }

        public ValueSet WhenFalse { get; }

        /// <summary>The status expression tested, if any part tested one.</summary>
        public IOperation? Operand { get; }

        /// <summary>Why a test that names no status reads one (a success flag), for the messages.</summary>
        public Diagnostics.LocalizedText? Evidence { get; }

        public bool TestsStatus => Operand != null;

        private static StatusCondition Unknown => new StatusCondition(ValueSet.All, ValueSet.All, null);

        /// <summary>How deep helpers are read: <c>IsRegistrationAuthChallenge(r) =&gt; IsAuthenticationChallenge(r)</c> is two.</summary>
        private const int HelperDepth = 2;

        public static StatusCondition Evaluate(SipCompilationContext sip, IOperation condition) => Evaluate(sip, condition, depth: 0, FlagReading.All);

        /// <summary>The same, without reading success flags (what decides a flag cannot itself depend on one).</summary>
        public static StatusCondition EvaluateWithoutFlags(SipCompilationContext sip, IOperation condition) => Evaluate(sip, condition, depth: 1, FlagReading.None);

        /// <summary>
        /// A computed flag's getter (<c>IsRegistered =&gt; _registered &amp;&amp; IsConnected</c>), read for the field flags
        /// it combines: properties are not followed further, so two getters that read each other end.
        /// </summary>
        public static StatusCondition EvaluateGetter(SipCompilationContext sip, IOperation getter) => Evaluate(sip, getter, depth: 0, FlagReading.FieldsOnly);

        /// <summary>Which success flags a test may read.</summary>
        private enum FlagReading
        {
            None,
            FieldsOnly,
            All,
        }

        private static StatusCondition Evaluate(SipCompilationContext sip, IOperation condition, int depth, FlagReading flags)
        {
            condition = condition.WithoutImplicitConversions();
            switch (condition)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                {
                    var (left, right) = OnOneSubject(Evaluate(sip, and.LeftOperand, depth, flags), Evaluate(sip, and.RightOperand, depth, flags));
                    return new StatusCondition(left.WhenTrue.Intersect(right.WhenTrue), left.WhenFalse.Union(right.WhenFalse), Preferred(left.Operand, right.Operand), left.Evidence ?? right.Evidence);
                }

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                {
                    var (left, right) = OnOneSubject(Evaluate(sip, or.LeftOperand, depth, flags), Evaluate(sip, or.RightOperand, depth, flags));
                    return new StatusCondition(left.WhenTrue.Union(right.WhenTrue), left.WhenFalse.Intersect(right.WhenFalse), Preferred(left.Operand, right.Operand), left.Evidence ?? right.Evidence);
                }

                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                {
                    var inner = Evaluate(sip, not.Operand, depth, flags);
                    return new StatusCondition(inner.WhenFalse, inner.WhenTrue, inner.Operand, inner.Evidence);
                }

                case IInvocationOperation invocation:
                    var predicate = Predicate(sip, invocation);
                    return predicate.TestsStatus || depth >= HelperDepth ? predicate : Helper(sip, invocation, depth + 1);

                case IPropertyReferenceOperation property when property.Type?.SpecialType == SpecialType.System_Boolean:
                {
                    var named = PropertyPredicate(sip, property);
                    return named.TestsStatus || flags != FlagReading.All ? named : SuccessFlag(sip, property, property.Property);
                }

                case IFieldReferenceOperation field when field.Type?.SpecialType == SpecialType.System_Boolean && flags != FlagReading.None:
                    return SuccessFlag(sip, field, field.Field);

                case ILocalReferenceOperation local when local.Type?.SpecialType == SpecialType.System_Boolean && depth < HelperDepth:
                    return BoolLocal(sip, local, depth + 1, flags);

                // transport?.IsRegistered ?? false: no object, no success; otherwise the member's own test.
                case ICoalesceOperation { Value: IConditionalAccessOperation access } coalesce
                    when coalesce.WhenNull.WithoutConversions().ConstantValue is { HasValue: true, Value: false }:
                    return Evaluate(sip, access.WhenNotNull, depth, flags);

                case IIsPatternOperation { Pattern: IRecursivePatternOperation recursive } isPattern:
                    return MemberPattern(sip, isPattern.Value, recursive);

                case ISwitchExpressionOperation switchExpression when sip.TryGetSlot(switchExpression.Value, out _):
                    return BoolSwitch(switchExpression);

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } nullTest
                    when NullTested(sip, nullTest.LeftOperand, nullTest.RightOperand) is { } tested:
                    return nullTest.OperatorKind == BinaryOperatorKind.Equals ? NoResponse(tested) : NoResponse(tested).Negated;

                case IIsPatternOperation { Pattern: IConstantPatternOperation { Value: var constant } } isNull
                    when constant.WithoutConversions().ConstantValue is { HasValue: true, Value: null } && sip.CarriesStatus(isNull.Value.Type):
                    return NoResponse(isNull.Value.WithoutImplicitConversions());

                case IIsPatternOperation { Pattern: INegatedPatternOperation { Pattern: IConstantPatternOperation { Value: var notConstant } } } isNotNull
                    when notConstant.WithoutConversions().ConstantValue is { HasValue: true, Value: null } && sip.CarriesStatus(isNotNull.Value.Type):
                    return NoResponse(isNotNull.Value.WithoutImplicitConversions()).Negated;

                case IIsTypeOperation { ValueOperand: var caught } typeTest when IsException(caught.Type) && sip.CarriesStatus(typeTest.TypeOperand):
                    // ex is RegistrarRejectedException: a failed request's status, or no status at all.
                    return new StatusCondition(FinalFailures, ValueSet.Empty, caught.WithoutImplicitConversions());

                case IIsPatternOperation { Pattern: ITypePatternOperation or IDeclarationPatternOperation } typePattern
                    when IsException(typePattern.Value.Type) && sip.CarriesStatus(PatternType(typePattern.Pattern)):
                    return new StatusCondition(FinalFailures, ValueSet.Empty, typePattern.Value.WithoutImplicitConversions());

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

        /// <summary>
        /// <c>ex is SipRegistrationFailedException { StatusCode: 401 or 403 }</c>: a property pattern on the status member of
        /// an object that carries one. The object is the operand; when it is not of that type, nothing is known, which the
        /// false side approximates by the other statuses (the code reads it as "any other failure").
        /// </summary>
        private static StatusCondition MemberPattern(SipCompilationContext sip, IOperation value, IRecursivePatternOperation recursive)
        {
            if (recursive.PropertySubpatterns.Length != 1 || !recursive.DeconstructionSubpatterns.IsEmpty)
            {
                return Unknown;
            }

            var subpattern = recursive.PropertySubpatterns[0];
            if (!sip.TryGetSlot(subpattern.Member, out _) || StatusRange.TryBuildPattern(subpattern.Pattern, subpattern.Member) is not { } range)
            {
                return Unknown;
            }

            return new StatusCondition(range.Set, range.Set.Complement(), value.WithoutImplicitConversions());
        }

        private static readonly ValueSet FinalFailures = ValueSet.Range(300, 699);

        /// <summary>
        /// Of two tested operands, the status value (<c>resp.StatusCode</c>) over the object a null or class test read
        /// (<c>resp</c> in <c>resp != null &amp;&amp; resp.StatusCode &gt;= 400</c>): fixes and path keys need the value.
        /// </summary>
        private static IOperation? Preferred(IOperation? left, IOperation? right)
            => left == null ? right
               : right != null && !IsStatusValue(left) && IsStatusValue(right) ? right
               : left;

        /// <summary>A status as a value (an integer or an enum), not the response object a predicate read.</summary>
        public static bool IsStatusValue(IOperation operand)
            => Constants.IsIntegral(operand.Type) || operand.Type?.TypeKind == TypeKind.Enum;

        /// <summary>
        /// <c>response.Is1XX() &amp;&amp; branch.CancelRequest != null</c>: two tests on different responses cannot be
        /// merged into one set; the one that does not read the kept operand's response counts as not testing a status.
        /// </summary>
        private static (StatusCondition Left, StatusCondition Right) OnOneSubject(StatusCondition left, StatusCondition right)
        {
            if (left.Operand is not { } l || right.Operand is not { } r)
            {
                return (left, right);
            }

            var leftSubject = Subject(l);
            var rightSubject = Subject(r);
            if (leftSubject != null && SymbolEqualityComparer.Default.Equals(leftSubject, rightSubject))
            {
                return (left, right);
            }

            return ReferenceEquals(Preferred(l, r), r) ? (Unknown, right) : (left, Unknown);
        }

        /// <summary>Whose status an operand reads: <c>resp</c> for <c>resp</c>, <c>resp.StatusCode</c> and <c>resp?.Status</c>; a local status itself.</summary>
        private static ISymbol? Subject(IOperation operand)
        {
            operand = operand.WithoutConversions();
            if (operand is ILocalReferenceOperation or IParameterReferenceOperation)
            {
                return OperationHelpers.NamedSymbol(operand);
            }

            var (member, instance) = OperationHelpers.MemberRead(operand);
            return instance != null && OperationHelpers.NamedSymbol(instance) is { } receiver && IsStatusValue(operand) ? receiver : member;
        }

        /// <summary>The same test read the other way round.</summary>
        private StatusCondition Negated => new StatusCondition(WhenFalse, WhenTrue, Operand, Evidence);

        /// <summary><c>resp == null</c>: no response came, so no status at all; otherwise any.</summary>
        private static StatusCondition NoResponse(IOperation response) => new StatusCondition(ValueSet.Empty, ValueSet.All, response);

        /// <summary>The response compared with null in <c>resp == null</c> or <c>null != resp</c>, if it carries a status.</summary>
        private static IOperation? NullTested(SipCompilationContext sip, IOperation left, IOperation right)
        {
            static bool IsNull(IOperation operand) => operand.WithoutConversions().ConstantValue is { HasValue: true, Value: null };
            var other = IsNull(right) ? left : IsNull(left) ? right : null;
            return other != null && sip.CarriesStatus(other.WithoutConversions().Type) ? other.WithoutConversions() : null;
        }

        private static ITypeSymbol? PatternType(IPatternOperation pattern) => pattern switch
        {
            ITypePatternOperation type => type.MatchedType,
            IDeclarationPatternOperation declaration => declaration.MatchedType,
            _ => null,
        };

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
    }
}
