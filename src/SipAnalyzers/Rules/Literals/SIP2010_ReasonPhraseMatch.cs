using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2010: a string literal compared with a SIP response's reason phrase or status line (<c>resp.ReasonPhrase == "Busy Here"</c>,
    /// <c>ci.lastReason.Contains("486")</c>, <c>line.StartsWith("SIP/2.0 200")</c> on a response's text). Called by
    /// <see cref="LiteralRules"/> for string literals (the literal callback is shared). The fix, offered for an
    /// exact phrase compared with == or Equals on a response that has a status member, compares the status instead.
    /// </summary>
    internal static class SIP2010_ReasonPhraseMatch
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.ReasonPhraseMatch,
            title: SipResources.Title(DiagnosticIds.ReasonPhraseMatch),
            messageFormat: SipResources.Message(DiagnosticIds.ReasonPhraseMatch),
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.ReasonPhraseMatch),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ReasonPhraseMatch));


        private static readonly Regex CodeInText = new Regex(@"(?<!\d)([1-6]\d\d)(?!\d)", RegexOptions.CultureInvariant);

        /// <remarks>
        /// The text is read last: a string constant is materialized on each read, and every string literal of the
        /// compilation passes through here.
        /// </remarks>
        public static Diagnostic? Check(SipCompilationContext sip, IOperation literal)
        {
            IOperation? reason;
            IOperation comparison;
            var exact = false;
            var negated = false;
            switch (literal.Parent)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                    reason = binary.LeftOperand == literal ? binary.RightOperand : binary.LeftOperand;
                    comparison = binary;
                    exact = true;
                    negated = binary.OperatorKind == BinaryOperatorKind.NotEquals;
                    break;
                case IArgumentOperation { Parent: IInvocationOperation call }
                    when call.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String
                         && call.TargetMethod.Name is "Equals" or "Contains" or "StartsWith" or "EndsWith" or "IndexOf":
                    reason = call.Instance ?? OtherArgument(call, literal.Parent);
                    comparison = call;
                    exact = call.TargetMethod.Name == "Equals";
                    break;
                default:
                    return null;
            }

            if (reason == null || ReasonSource(sip, reason) is not { } source || literal.ConstantValue.Value is not string text)
            {
                return null;
            }

            var code = exact ? SipStatusRegistry.CodeForName(text) : null;
            if (code == null && CodeInText.Match(text) is { Success: true } number)
            {
                code = int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            var info = code is { } known ? SipStatusRegistry.Find(known) : null;
            var properties = ImmutableDictionary<string, string?>.Empty;
            LocalizedText advice;
            if (info != null && StatusMember(sip, source.Receiver) is { } statusMember)
            {
                // An enum status member compares with its own member; an int one with (int)E.Member of the best enum.
                var enumType = statusMember.Type as INamedTypeSymbol;
                var target = enumType is { TypeKind: TypeKind.Enum }
                    ? sip.FindMember(enumType, info.Code) is { } own ? (enumType, own) : ((INamedTypeSymbol, IFieldSymbol)?)null
                    : sip.ChooseEnumForInt(null, info.Code);
                var shown = source.Receiver.Syntax + "." + statusMember.Name;
                if (target is not { } found)
                {
                    advice = Fragments.CompareWith(shown, info.Title);
                }
                else
                {
                    var (fixEnum, member) = found;
                    var intCast = !SymbolEqualityComparer.Default.Equals(fixEnum, statusMember.Type);
                    advice = Fragments.Compare(shown + (negated ? " != " : " == ") + (intCast ? "(int)" : string.Empty) + fixEnum.Name + "." + member.Name);
                    if (exact && source.Receiver.Syntax is { } receiverSyntax)
                    {
                        properties = properties
                            .Add(FixProperties.Receiver, receiverSyntax.ToString())
                            .Add(FixProperties.StatusMember, statusMember.Name)
                            .Add(FixProperties.Enum, sip.FullyQualifiedName(fixEnum))
                            .Add(FixProperties.Member, member.Name)
                            .Add(FixProperties.IntCast, intCast ? "true" : null)
                            .Add(FixProperties.Negated, negated ? "true" : null);
                    }
                }
            }
            else
            {
                advice = info != null ? Fragments.CompareStatusWith(info.Title) : Fragments.CompareStatusInstead;
            }

            return Diagnostic.Create(SIP2010_ReasonPhraseMatch.Descriptor, comparison.Syntax.GetLocation(), properties, comparison.Syntax.ToString(), advice);
        }

        private static IOperation? OtherArgument(IInvocationOperation call, IOperation argument)
        {
            foreach (var other in call.Arguments)
            {
                if (other != argument && other.Value.Type?.SpecialType == SpecialType.System_String)
                {
                    return other.Value;
                }
            }

            return null;
        }

        /// <summary>
        /// <c>resp.ReasonPhrase</c>, <c>ci.lastReason</c>, <c>resp.StatusLine</c> (through <c>ToLower()</c>, <c>Trim()</c>)
        /// on a type that also carries a status: the member and the response expression it belongs to.
        /// </summary>
        private static (IOperation Receiver, ISymbol Member)? ReasonSource(SipCompilationContext sip, IOperation reason)
        {
            reason = reason.WithoutImplicitConversions();
            while (reason is IInvocationOperation { Instance: { } inner, TargetMethod.ContainingType.SpecialType: SpecialType.System_String })
            {
                reason = inner.WithoutImplicitConversions(); // .ToLowerInvariant(), .Trim()
            }

            if (reason is IConditionalAccessInstanceOperation)
            {
                return null;
            }

            var (member, instance) = OperationHelpers.MemberRead(reason);
            if (member == null || instance == null || !IsReasonName(member.Name) || StatusMember(sip, instance) == null)
            {
                return null;
            }

            return (instance, member);
        }

        private static bool IsReasonName(string name)
            => name.IndexOf("reason", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("statusline", StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("statustext", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>The status member of the response's type (the enum-typed one when there are both).</summary>
        private static IPropertySymbol? StatusMember(SipCompilationContext sip, IOperation receiver)
        {
            IPropertySymbol? intMember = null;
            for (var type = receiver.Type as INamedTypeSymbol; type != null; type = type.BaseType)
            {
                foreach (var candidate in type.GetMembers())
                {
                    if (candidate is IPropertySymbol { IsStatic: false, IsIndexer: false } property)
                    {
                        if (property.Type is INamedTypeSymbol enumType && sip.IsStatusEnum(enumType))
                        {
                            return property;
                        }

                        if (intMember == null && Constants.IsIntegral(property.Type) && sip.GetSlot(property).IsSlot)
                        {
                            intMember = property;
                        }
                    }
                }
            }

            return intMember;
        }
    }
}
