using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// Constant values read without allocating. <see cref="IOperation.ConstantValue"/> boxes an int on every read (an
    /// <c>Optional&lt;object&gt;</c>), and the analyzers ask about every literal and every comparison operand of a
    /// compilation. A decimal literal is read from its token's text instead (the token keeps it; no string is made);
    /// anything else falls back to the operation's constant.
    /// </summary>
    internal static class Constants
    {
        /// <summary>The int value of a literal as written: <c>486</c>, <c>1_000</c> (not <c>-486</c>, <c>'a'</c> or <c>486L</c>).</summary>
        public static bool TryGetIntLiteral(IOperation operation, out int value)
        {
            if (operation.Kind == OperationKind.Literal && operation.Syntax is LiteralExpressionSyntax literal
                && literal.RawKind == (int)SyntaxKind.NumericLiteralExpression)
            {
                var text = literal.Token.Text;
                if (TryParseDecimal(text, out value))
                {
                    return true;
                }

                // Hex and binary ints are rare, so the boxing path is fine; anything else with a letter or a dot (486L,
                // 0.5, 1e3) is not an int, and a decimal beyond int.MaxValue is a uint or a long.
                if (text.Length > 2 && text[0] == '0' && (char)(text[1] | 0x20) is 'x' or 'b' && operation.ConstantValue.Value is int written)
                {
                    value = written;
                    return true;
                }
            }

            value = 0;
            return false;
        }

        /// <summary>The constant of any operation when it is an int (literals without allocating).</summary>
        public static bool TryGetInt32(IOperation operation, out int value)
        {
            if (operation.Kind == OperationKind.Literal)
            {
                return TryGetIntLiteral(operation, out value);
            }

            if (operation.ConstantValue.Value is int constant)
            {
                value = constant;
                return true;
            }

            value = 0;
            return false;
        }

        /// <summary>
        /// Any integral constant that fits an int (<c>486</c>, <c>486L</c>, a <c>short</c> const), as
        /// <see cref="TryGetInt"/> reads a boxed constant; decimal literals without boxing.
        /// </summary>
        public static bool TryGetIntValue(IOperation operation, out int value)
            => TryGetIntLiteral(operation, out value) || TryGetInt(operation.ConstantValue.Value, out value);

        /// <summary>Whether the operation has a constant value (a literal is answered without reading it).</summary>
        public static bool IsConstant(IOperation operation)
            => operation.Kind == OperationKind.Literal || operation.ConstantValue.HasValue;

        /// <summary>Digits and '_' separators only, no suffix or prefix, and small enough to be an int.</summary>
        private static bool TryParseDecimal(string text, out int value)
        {
            value = 0;
            if (text.Length == 0 || text.Length > 12)
            {
                return false;
            }

            long result = 0;
            foreach (var ch in text)
            {
                if (ch >= '0' && ch <= '9')
                {
                    result = (result * 10) + (ch - '0');
                }
                else if (ch != '_')
                {
                    return false;
                }
            }

            if (result > int.MaxValue)
            {
                return false;
            }

            value = (int)result;
            return true;
        }

        /// <summary>An integral type (or its nullable): the types a status can be held in.</summary>
        /// <summary><c>int?</c>: a range over it is false for null, which a predicate call must keep.</summary>
        public static bool IsNullable(ITypeSymbol? type)
            => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

        public static bool IsIntegral(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type?.SpecialType)
            {
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>A boxed integral constant as an int, if it fits.</summary>
        public static bool TryGetInt(object? value, out int result)
        {
            switch (value)
            {
                case int i: result = i; return true;
                case short s: result = s; return true;
                case ushort us: result = us; return true;
                case uint ui when ui <= int.MaxValue: result = (int)ui; return true;
                case long l when l >= int.MinValue && l <= int.MaxValue: result = (int)l; return true;
                case ulong ul when ul <= int.MaxValue: result = (int)ul; return true;
                case byte b: result = b; return true;
                case sbyte sb: result = sb; return true;
                default: result = 0; return false;
            }
        }
    }
}
