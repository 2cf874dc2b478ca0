using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Rules;
using SipAnalyzers.Diagnostics;
using System.Collections.Immutable;
using SipAnalyzers.Context;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// How a fix replaces a whole status expression (an HTTP status, a library's wrong enum member) with a correct
    /// enum member while keeping the expression's type: the expression plus its explicit cast if it has one
    /// (<c>(int)HttpStatusCode.NotFound</c>, <c>(E)HttpStatusCode.NotFound</c>) becomes
    /// <c>(int)E.NotFound</c>, <c>E.NotFound</c> or, for an enum without a correct member, <c>(E)Sip.SipStatusCode.X</c>.
    /// </summary>
    internal readonly struct ExpressionReplacement
    {

        private ExpressionReplacement(SyntaxNode syntax, ImmutableDictionary<string, string?> properties, string display)
        {
            Syntax = syntax;
            Properties = properties;
            Display = display;
        }

        /// <summary>The node the fix replaces; the diagnostic goes there.</summary>
        public SyntaxNode Syntax { get; }

        /// <summary>What the fix reads: <see cref="FixProperties.Enum"/>, MemberKey, IntCastKey and <see cref="FixProperties.CastTo"/>.</summary>
        public ImmutableDictionary<string, string?> Properties { get; }

        /// <summary>The replacement as the message shows it.</summary>
        public string Display { get; }

        public static bool TryCreate(SipCompilationContext sip, IOperation value, int code, INamedTypeSymbol? preferredEnum, out ExpressionReplacement replacement)
        {
            replacement = default;

            // Take the value with its implicit conversions and at most one explicit cast: that node has the type the
            // surrounding code needs.
            var outer = value;
            while (outer.Parent is IConversionOperation conversion)
            {
                outer = conversion;
                if (!conversion.IsImplicit)
                {
                    break;
                }
            }

            var needed = outer.Type;
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            string display;
            if (needed is INamedTypeSymbol neededEnum && sip.IsStatusEnum(neededEnum) && sip.FindMember(neededEnum, code) is { } own)
            {
                Set(sip, properties, neededEnum, own);
                display = neededEnum.Name + "." + own.Name;
            }
            else if (Constants.IsIntegral(needed))
            {
                var choice = preferredEnum != null && sip.FindMember(preferredEnum, code) is { } preferred
                    ? (preferredEnum, preferred)
                    : sip.ChooseEnumForInt(null, code);
                if (choice is not { } chosen)
                {
                    return false;
                }

                Set(sip, properties, chosen.Item1, chosen.Item2);
                properties[FixProperties.IntCast] = "true";
                display = "(int)" + chosen.Item1.Name + "." + chosen.Item2.Name;
            }
            else if (needed is INamedTypeSymbol { TypeKind: TypeKind.Enum } otherEnum && sip.IsStatusEnum(otherEnum)
                && sip.GeneratedEnum is { } generated && sip.FindMember(generated, code) is { } member)
            {
                Set(sip, properties, generated, member);
                properties[FixProperties.CastTo] = sip.FullyQualifiedName(otherEnum);
                display = "(" + otherEnum.Name + ")" + generated.Name + "." + member.Name;
            }
            else
            {
                return false;
            }

            properties[FixProperties.Display] = display;
            replacement = new ExpressionReplacement(outer.Syntax, properties.ToImmutable(), display);
            return true;
        }

        private static void Set(SipCompilationContext sip, ImmutableDictionary<string, string?>.Builder properties, INamedTypeSymbol type, IFieldSymbol member)
        {
            properties[FixProperties.Enum] = sip.FullyQualifiedName(type);
            properties[FixProperties.Member] = member.Name;
        }
    }
}
