using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SipAnalyzers.Detection
{
    internal static class OperationHelpers
    {
        /// <summary>The operation as the user wrote it: implicit conversions (int to long, to nullable) removed.</summary>
        public static IOperation WithoutImplicitConversions(this IOperation operation)
        {
            // The kind, not an interface check: most operations asked are not conversions, and this runs everywhere.
            while (operation.Kind == OperationKind.Conversion && operation.IsImplicit)
            {
                operation = ((IConversionOperation)operation).Operand;
            }

            return operation;
        }

        /// <summary>The value under every conversion, explicit casts included (<c>(SipStatusCode)resp.StatusCode</c> to <c>resp.StatusCode</c>).</summary>
        public static IOperation WithoutConversions(this IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>A property or field read as (member, the expression it is read from); (null, null) for anything else.</summary>
        public static (ISymbol? Member, IOperation? Instance) MemberRead(IOperation operation) => operation switch
        {
            IPropertyReferenceOperation property => (property.Property, property.Instance),
            IFieldReferenceOperation field => (field.Field, field.Instance),
            // response?.Status: the member read on the accessed object.
            IConditionalAccessOperation { WhenNotNull: var whenNotNull } access when MemberRead(whenNotNull) is { Member: { } member, Instance: IConditionalAccessInstanceOperation }
                => (member, access.Operation),
            _ => (null, null),
        };

        /// <summary>The local, parameter, field or property an expression names (<c>resp</c>, <c>_call</c>), or null.</summary>
        public static ISymbol? NamedSymbol(IOperation? operation) => operation?.WithoutImplicitConversions() switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };

        /// <summary>The event a lambda is added to (<c>ua.CallFailed += (uac, error, resp) =&gt; ...</c>), or null.</summary>
        public static IEventSymbol? SubscribedEvent(IAnonymousFunctionOperation lambda)
        {
            var parent = lambda.Parent;
            while (parent is IDelegateCreationOperation or IConversionOperation)
            {
                parent = parent.Parent;
            }

            return parent is IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation reference } ? reference.Event : null;
        }

        public static bool IsEquality(BinaryOperatorKind kind) =>
            kind == BinaryOperatorKind.Equals || kind == BinaryOperatorKind.NotEquals;

        public static bool IsRelational(BinaryOperatorKind kind) =>
            kind == BinaryOperatorKind.LessThan || kind == BinaryOperatorKind.LessThanOrEqual
            || kind == BinaryOperatorKind.GreaterThan || kind == BinaryOperatorKind.GreaterThanOrEqual;

        /// <summary>'x OP c' read as 'c OP' x' when the constant is on the left (300 > x is x &lt; 300).</summary>
        public static BinaryOperatorKind Mirror(BinaryOperatorKind kind)
        {
            switch (kind)
            {
                case BinaryOperatorKind.LessThan: return BinaryOperatorKind.GreaterThan;
                case BinaryOperatorKind.LessThanOrEqual: return BinaryOperatorKind.GreaterThanOrEqual;
                case BinaryOperatorKind.GreaterThan: return BinaryOperatorKind.LessThan;
                case BinaryOperatorKind.GreaterThanOrEqual: return BinaryOperatorKind.LessThanOrEqual;
                default: return kind;
            }
        }

        /// <summary>The condition a while, do or for loop tests before each round (null for foreach and <c>for (;;)</c>).</summary>
        public static IOperation? LoopCondition(ILoopOperation loop) => loop switch
        {
            IWhileLoopOperation whileLoop => whileLoop.Condition,
            IForLoopOperation forLoop => forLoop.Condition,
            _ => null,
        };
    }
}
