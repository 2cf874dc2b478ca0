using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// Constant values read without allocating. <see cref="IOperation.ConstantValue"/> boxes an int on every read (an
    /// <c>Optional&lt;object&gt;</c>); the analyzers ask about every literal and every comparison operand of a
    /// compilation, and the profiler put those boxes at a third of the literal callback's time. A decimal literal is
    /// read from its token's text instead (the token keeps it; no string is made); anything else falls back to the
    /// operation's constant.
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
        /// <see cref="SipCompilationContext.TryGetInt"/> reads a boxed constant; decimal literals without boxing.
        /// </summary>
        public static bool TryGetIntValue(IOperation operation, out int value)
            => TryGetIntLiteral(operation, out value) || SipCompilationContext.TryGetInt(operation.ConstantValue.Value, out value);

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
    }
}
