using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Registry;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// A code written where a table defines codes rather than uses them: a switch arm or case that maps the code to its
    /// own reason phrase (<c>486 =&gt; "Busy Here"</c>), or one that passes the code through unchanged
    /// (<c>100 or 180 or 183 =&gt; statusCode</c>, a list of the codes a parser knows). Naming those numbers would only
    /// restate the table; the literal rules stay silent there, as they do on enum member definitions.
    /// </summary>
    internal static class CodeTables
    {
        public static bool IsDefinition(IOperation literal, int code)
        {
            // Up through the patterns that combine it (100 or 180 or 183) to the arm or case that holds it.
            var child = literal;
            var node = literal.Parent;
            while (node is IConstantPatternOperation or IBinaryPatternOperation or IConversionOperation)
            {
                child = node;
                node = node.Parent;
            }

            switch (node)
            {
                // A value is part of the table only in an identity row (200 => 200); '_ => 183' gives a code out.
                case ISwitchExpressionArmOperation arm when arm.Parent is ISwitchExpressionOperation switchExpression:
                    return arm.Pattern == child ? Defines(arm.Value, switchExpression.Value, code)
                        : arm.Pattern is IConstantPatternOperation key && Constants.TryGetIntValue(key.Value.WithoutConversions(), out var same) && same == code;
                case ICaseClauseOperation { Parent: ISwitchCaseOperation section } when section.Parent is ISwitchOperation switchStatement:
                    return section.Body.Length > 0 && Result(section.Body[0]) is { } result && Defines(result, switchStatement.Value, code);
                default:
                    return false;
            }
        }

        /// <summary>What a case section's first statement gives: the value it returns or assigns.</summary>
        private static IOperation? Result(IOperation statement) => statement switch
        {
            IReturnOperation { ReturnedValue: { } value } => value,
            IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment } => assignment.Value,
            _ => null,
        };

        private static bool Defines(IOperation result, IOperation input, int code)
        {
            var value = result.WithoutConversions();
            if (value.ConstantValue is { HasValue: true, Value: string phrase })
            {
                // The code's own reason phrase, not a word that merely recalls it ("busy" is advice, "Busy Here" the phrase).
                return SipStatusRegistry.Find(code) is { } info
                    && SipStatusRegistry.NormalizeName(phrase) == SipStatusRegistry.NormalizeName(info.ReasonPhrase);
            }

            if (Constants.TryGetIntValue(value, out var same))
            {
                return same == code;
            }

            return OperationHelpers.NamedSymbol(value) is { } symbol
                && SymbolEqualityComparer.Default.Equals(symbol, OperationHelpers.NamedSymbol(input.WithoutConversions()));
        }
    }
}
