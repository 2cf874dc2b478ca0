using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Registry;
using System;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    /// <summary>Where an integer literal meets a status slot (DESIGN.md "Positions").</summary>
    internal readonly struct StatusPosition
    {
        public StatusPosition(SlotTarget slot, IConversionOperation? enumCast, bool isRangeBound, IOperation? comparedMember, bool isComparison)
        {
            Slot = slot;
            EnumCast = enumCast;
            IsRangeBound = isRangeBound;
            ComparedMember = comparedMember;
            IsComparison = isComparison;
        }

        public SlotTarget Slot { get; }

        /// <summary>The explicit cast <c>(E)486</c> when that is the position.</summary>
        public IConversionOperation? EnumCast { get; }

        /// <summary>A relational bound (<c>&gt;= 600</c>, <c>&lt; 300</c>): it names a class, not a code.</summary>
        public bool IsRangeBound { get; }

        /// <summary>For <c>x.StatusCode == 486</c>, the member reference compared with (for the twin rewrite).</summary>
        public IOperation? ComparedMember { get; }

        /// <summary>
        /// The value is tested against a received status (==, relational, case, pattern), not sent or stored: stacks
        /// compare with their own local pseudo-codes (a stack's 701), which must not be reported as sent.
        /// </summary>
        public bool IsComparison { get; }

        /// <summary>
        /// Operation kinds only, no symbols and no syntax: whether <see cref="TryFind"/> could find a position for the
        /// literal (the same climb through conversions, ?:, ?? and switch-expression arms, then the same user kinds;
        /// any cast to an enum may be a status cast). Every int literal of a compilation asks this before its value is
        /// read, because reading it touches the token and its text, memory the parser wrote long before. A test keeps it
        /// a superset of TryFind.
        /// </summary>
        public static bool MayBeAt(IOperation literal)
        {
            var parent = User(literal, null, out _, out var enumConversion);
            if (enumConversion != null)
            {
                return true;
            }

            switch (parent?.Kind)
            {
                case OperationKind.Binary:
                    var kind = ((IBinaryOperation)parent).OperatorKind;
                    return OperationHelpers.IsEquality(kind) || OperationHelpers.IsRelational(kind);
                case OperationKind.ConstantPattern or OperationKind.RelationalPattern or OperationKind.CaseClause or OperationKind.Argument
                    or OperationKind.SimpleAssignment or OperationKind.Return or OperationKind.YieldReturn or OperationKind.PropertyInitializer
                    or OperationKind.FieldInitializer or OperationKind.ParameterInitializer or OperationKind.VariableInitializer:
                    return true;
                default:
                    return literal.Syntax.Parent is AttributeArgumentSyntax; // [InlineData(486)], whatever the attribute resolves to
            }
        }

        /// <summary>
        /// Finds the status slot a literal reaches: comparisons, case labels, patterns (also inside and/or/not and
        /// property patterns), arguments, assignments and initializers, returns, casts to a status enum. The value
        /// flows through conversions, ?:, ?? and switch-expression arms on its way.
        /// </summary>
        public static bool TryFind(SipCompilationContext context, IOperation literal, ISymbol containingSymbol, out StatusPosition position)
        {
            position = default;
            var parent = User(literal, context, out var current, out var conversion);
            if (conversion != null)
            {
                var enumType = (INamedTypeSymbol)conversion.Type!;
                var slot = new SlotTarget(enumType, new SlotInfo(true, enumType, null), conversion);
                position = new StatusPosition(slot, conversion.IsImplicit ? null : conversion, false, null, IsCompared(conversion));
                return true;
            }

            if (literal.Syntax.Parent is AttributeArgumentSyntax attributeArgument)
            {
                return TryFindTestData(context, literal, attributeArgument, containingSymbol, out position);
            }

            SlotTarget target;
            switch (parent?.Kind)
            {
                case OperationKind.Binary when parent is IBinaryOperation binary
                    && (OperationHelpers.IsEquality(binary.OperatorKind) || OperationHelpers.IsRelational(binary.OperatorKind)):
                {
                    var other = binary.LeftOperand == current ? binary.RightOperand : binary.LeftOperand;
                    if (!context.TryGetSlot(other, out target))
                    {
                        return false;
                    }

                    var bound = OperationHelpers.IsRelational(binary.OperatorKind) && IsBound(literal, binary, literalOnRight: binary.RightOperand == current);
                    var member = other.WithoutImplicitConversions();
                    var compared = member is IPropertyReferenceOperation or IFieldReferenceOperation ? member : null;
                    position = new StatusPosition(target, null, bound, compared, isComparison: true);
                    return true;
                }

                case OperationKind.ConstantPattern or OperationKind.RelationalPattern:
                    return TryFindPatternInput(context, literal, (IPatternOperation)parent!, out position);

                case OperationKind.CaseClause when parent is ISingleValueCaseClauseOperation { Parent.Parent: ISwitchOperation switchStatement }:
                    return FromExpression(context, switchStatement.Value, bound: false, isComparison: true, out position);

                case OperationKind.Argument when parent is IArgumentOperation { Parameter: { } parameter } argument:
                    return FromSymbol(
                        parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.DelegateInvoke } && argument.Parent is IInvocationOperation invocation
                            ? context.GetDelegateArgumentSlot(invocation, parameter)
                            : context.GetSlot(parameter),
                        argument,
                        out position);

                case OperationKind.SimpleAssignment when parent is ISimpleAssignmentOperation assignment && assignment.Value == current:
                    return FromExpression(context, assignment.Target, bound: false, isComparison: false, out position);

                case OperationKind.Return or OperationKind.YieldReturn when parent is IReturnOperation returnOperation:
                    var owner = ReturningSymbol(returnOperation, containingSymbol);
                    return owner != null && FromSymbol(context.GetSlot(owner), returnOperation, out position);

                case OperationKind.PropertyInitializer when parent is IPropertyInitializerOperation propertyInitializer:
                    foreach (var property in propertyInitializer.InitializedProperties)
                    {
                        if (FromSymbol(context.GetSlot(property), propertyInitializer, out position))
                        {
                            return true;
                        }
                    }

                    return false;

                case OperationKind.FieldInitializer when parent is IFieldInitializerOperation fieldInitializer:
                    foreach (var field in fieldInitializer.InitializedFields)
                    {
                        // A const is itself a named constant; an enum member definition is not a use.
                        if (!field.IsConst && FromSymbol(context.GetSlot(field), fieldInitializer, out position))
                        {
                            return true;
                        }
                    }

                    return false;

                case OperationKind.ParameterInitializer when parent is IParameterInitializerOperation parameterInitializer:
                    return FromSymbol(context.GetSlot(parameterInitializer.Parameter), parameterInitializer, out position);

                // var statusCode = accepted ? 202 : 603; in a SIP type: a local named like a status (StatusSlots).
                case OperationKind.VariableInitializer when parent.Parent is IVariableDeclaratorOperation declarator:
                    return FromSymbol(context.GetSlot(declarator.Symbol), parent, out position);

                default:
                    return false;
            }
        }

        /// <summary>
        /// Climbs from a literal through what passes its value on (conversions, ?:, ??, switch-expression arms) to the
        /// operation that uses it, which it returns with the literal's side of it (<paramref name="current"/>). Stops at a
        /// cast to a status enum (to any enum without a <paramref name="context"/>), returned in
        /// <paramref name="enumConversion"/>. Kinds, not interface casts: this runs for every int literal.
        /// </summary>
        private static IOperation? User(IOperation literal, SipCompilationContext? context, out IOperation current, out IConversionOperation? enumConversion)
        {
            enumConversion = null;
            current = literal;
            var parent = literal.Parent;
            while (parent != null)
            {
                switch (parent.Kind)
                {
                    case OperationKind.Conversion:
                        if (context == null ? parent.Type?.TypeKind == TypeKind.Enum : context.IsStatusEnum(parent.Type))
                        {
                            enumConversion = (IConversionOperation)parent;
                            return parent;
                        }

                        current = parent;
                        parent = parent.Parent;
                        continue;
                    case OperationKind.Conditional when ((IConditionalOperation)parent).Condition != current:
                    case OperationKind.Coalesce when ((ICoalesceOperation)parent).WhenNull == current:
                        current = parent;
                        parent = parent.Parent;
                        continue;
                    case OperationKind.SwitchExpressionArm when ((ISwitchExpressionArmOperation)parent).Value == current && parent.Parent != null:
                        current = parent.Parent;
                        parent = current.Parent;
                        continue;
                }

                break;
            }

            return parent;
        }

        private static bool FromSymbol(SlotInfo info, IOperation at, out StatusPosition position)
        {
            position = default;
            if (!info.IsSlot)
            {
                return false;
            }

            position = new StatusPosition(new SlotTarget(null, info, at), null, false, null, isComparison: false);
            return true;
        }

        private static bool TryFindPatternInput(SipCompilationContext context, IOperation literal, IPatternOperation pattern, out StatusPosition position)
        {
            position = default;
            var bound = pattern is IRelationalPatternOperation relational
                && (pattern.Parent is IBinaryPatternOperation || (!SinglesOutTrying(literal, relational.OperatorKind, literalOnRight: true) && IsClassEdge(literal)));
            IOperation root = pattern;
            while (root.Parent is IBinaryPatternOperation or INegatedPatternOperation)
            {
                root = root.Parent;
            }

            IOperation? input = root.Parent switch
            {
                IIsPatternOperation isPattern => isPattern.Value,
                ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => switchExpression.Value,
                IPatternCaseClauseOperation { Parent: { Parent: ISwitchOperation switchStatement } } => switchStatement.Value,
                IPropertySubpatternOperation subpattern => subpattern.Member,
                _ => null,
            };

            return input != null && FromExpression(context, input, bound, isComparison: true, out position);
        }

        /// <summary>The position whose slot is an expression (a switch value, an assignment target, a pattern input).</summary>
        private static bool FromExpression(SipCompilationContext context, IOperation slot, bool bound, bool isComparison, out StatusPosition position)
        {
            position = default;
            if (!context.TryGetSlot(slot, out var target))
            {
                return false;
            }

            position = new StatusPosition(target, null, bound, null, isComparison);
            return true;
        }

        /// <summary>
        /// A value of a theory's data row (<c>[InlineData(180, "Ringing")]</c>, NUnit's <c>[TestCase]</c>, MSTest's
        /// <c>[DataRow]</c>) goes to the test method's parameter at its position: it is a status when that parameter is.
        /// Read from the syntax, so a test project whose framework does not resolve here is read the same way.
        /// </summary>
        private static bool TryFindTestData(SipCompilationContext context, IOperation literal, AttributeArgumentSyntax argument, ISymbol containingSymbol, out StatusPosition position)
        {
            position = default;
            if (argument is not { NameEquals: null, NameColon: null, Parent: AttributeArgumentListSyntax { Parent: AttributeSyntax attribute } list }
                || !TestDataAttributes.Contains(AttributeName(attribute.Name))
                || containingSymbol is not IMethodSymbol method
                || attribute.Parent?.Parent is not MethodDeclarationSyntax)
            {
                return false;
            }

            var index = list.Arguments.IndexOf(argument);
            var parameters = method.Parameters;
            if (index >= parameters.Length || parameters[index].IsParams)
            {
                return false;
            }

            return FromSymbol(context.GetSlot(parameters[index]), literal, out position);
        }

        private static readonly HashSet<string> TestDataAttributes = new HashSet<string>(StringComparer.Ordinal)
        {
            "InlineData", "InlineDataAttribute", "TestCase", "TestCaseAttribute", "DataRow", "DataRowAttribute",
        };

        private static string AttributeName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };

        /// <summary>A cast to a status enum that is itself compared: <c>info.LastStatus == (E)701</c>.</summary>
        private static bool IsCompared(IOperation cast)
        {
            var node = cast.Parent;
            while (node is IConversionOperation or IParenthesizedOperation)
            {
                node = node.Parent;
            }

            return node is IBinaryOperation binary && (OperationHelpers.IsEquality(binary.OperatorKind) || OperationHelpers.IsRelational(binary.OperatorKind))
                || node is IPatternOperation or ICaseClauseOperation or IIsPatternOperation or ISwitchOperation or ISwitchExpressionOperation;
        }

        /// <summary>
        /// A relational literal is a class bound if it is part of a range with another bound, or x00 or x99 (but not the
        /// 100 of a test that singles out 100 Trying).
        /// </summary>
        private static bool IsBound(IOperation literal, IBinaryOperation comparison, bool literalOnRight)
        {
            if (comparison.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical
                && (logical.LeftOperand == comparison ? logical.RightOperand : logical.LeftOperand) is IBinaryOperation other
                && OperationHelpers.IsRelational(other.OperatorKind))
            {
                return true; // one bound of a two-sided range (code > 100 && code < 200: every provisional but 100)
            }

            return !SinglesOutTrying(literal, comparison.OperatorKind, literalOnRight) && IsClassEdge(literal);
        }

        /// <summary>
        /// <c>code &lt;= 100</c> and <c>code &gt; 100</c>: statuses start at 100, so the test singles out one code, 100
        /// Trying (a proxy forwards every provisional but 100, RFC 3261 section 16.7), and the literal names that code.
        /// </summary>
        private static bool SinglesOutTrying(IOperation literal, BinaryOperatorKind kind, bool literalOnRight)
        {
            if (!Constants.TryGetIntLiteral(literal.WithoutImplicitConversions(), out var value) || value != SipStatusRegistry.MinStatus)
            {
                return false;
            }

            return literalOnRight ? kind is BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan
                : kind is BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan;
        }

        private static bool IsClassEdge(IOperation literal)
            => Constants.TryGetIntLiteral(literal.WithoutImplicitConversions(), out var value) && (value % 100 == 0 || value % 100 == 99);

        /// <summary>The method, lambda, local function or property whose value a return statement returns.</summary>
        private static ISymbol? ReturningSymbol(IReturnOperation returnOperation, ISymbol containingSymbol)
        {
            for (var node = returnOperation.Parent; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case IAnonymousFunctionOperation lambda:
                        return lambda.Symbol;
                    case ILocalFunctionOperation localFunction:
                        return localFunction.Symbol;
                }
            }

            if (containingSymbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                return property;
            }

            return containingSymbol as IMethodSymbol;
        }
    }
}
