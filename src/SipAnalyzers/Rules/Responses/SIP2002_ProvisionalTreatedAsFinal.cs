using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using System;
using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2002: in a handler that sees every response to a request, an <c>if</c> on the response's status whose branch takes
    /// 1xx codes together with final ones (RFC 3261 sections 21.1 and 13.2.2.1). The statuses reaching the <c>if</c> are
    /// narrowed by earlier tests (<see cref="PathStatuses"/>), so an <c>if (SipStatus.IsProvisional(code)) return;</c> first
    /// keeps it silent. Called by <see cref="ResponseRules"/> per method body and lambda.
    /// </summary>
    internal static class SIP2002_ProvisionalTreatedAsFinal
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.ProvisionalTreatedAsFinal,
            title: SipResources.Title(DiagnosticIds.ProvisionalTreatedAsFinal),
            messageFormat: SipResources.Message(DiagnosticIds.ProvisionalTreatedAsFinal),
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.ProvisionalTreatedAsFinal),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ProvisionalTreatedAsFinal));

        /// <summary>The else branch, not the test, takes the provisional codes (<c>if (code == 200) ... else Fail()</c>).</summary>
        public static readonly DiagnosticDescriptor ElseBranch = Descriptor.Variant(SipResources.Message(DiagnosticIds.ProvisionalTreatedAsFinal, nameof(ElseBranch)));

        private static readonly ValueSet Provisional = ValueSet.Range(100, 199);
        private static readonly ValueSet Final = ValueSet.Range(200, 699);
        private static readonly ValueSet Success = ValueSet.Range(200, 299);

        // Handlers that see only final (or only provisional) responses.
        private static readonly string[] NotEveryResponse = { "final", "fail", "answered", "success", "reject", "error", "information", "provisional", "progress", "ringing" };

        /// <summary>OnResponse, ResponseReceived, OnInviteResponse; not FinalResponseReceived or InformationResponseReceived.</summary>
        public static bool IsResponseHandlerName(string name)
        {
            if (name.IndexOf("response", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return false;
            }

            foreach (var word in NotEveryResponse)
            {
                if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <param name="body">A handler whose name passed <see cref="IsResponseHandlerName"/>.</param>
        /// <param name="evidence">Why provisional responses reach the handler, as the message says it ("the SIPSorcery event X delivers every response").</param>
        public static void Check(SipCompilationContext sip, IOperation body, System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, LocalizedText evidence, Action<Diagnostic> report)
        {
            foreach (var parameter in parameters)
            {
                if (parameter.Type.Name.IndexOf("Response", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    CheckTests(sip, body, parameter, 0, evidence, report);
                    return;
                }
            }
        }

        /// <summary>
        /// <c>var resp = SIPResponse.ParseSIPResponse(message)</c>: a response parsed from the wire text. Every response
        /// that arrives is parsed there, provisional ones included, so the tests on it that follow are judged as in a handler.
        /// </summary>
        public static void CheckParsed(SipCompilationContext sip, IInvocationOperation parse, Action<Diagnostic> report)
        {
            var method = parse.TargetMethod;
            if (!method.Name.StartsWith("Parse", StringComparison.Ordinal) || method.ReturnType.Name.IndexOf("Response", StringComparison.OrdinalIgnoreCase) < 0
                || !method.IsStatic || parse.Arguments.Length == 0 || !IsWireText(parse.Arguments[0].Value.Type)
                || !sip.CarriesStatus(method.ReturnType))
            {
                return;
            }

            var parent = parse.Parent;
            while (parent is IConversionOperation or IAwaitOperation)
            {
                parent = parent.Parent;
            }

            if (parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                return;
            }

            CheckTests(sip, PathConditions.EnclosingBody(parse), declarator.Symbol, parse.Syntax.SpanStart,
                Fragments.EveryResponseParsedBy(method.Name), report);
        }

        private static bool IsWireText(ITypeSymbol? type)
            => type?.SpecialType == SpecialType.System_String
               || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
               || type?.Name is "SIPMessageBuffer" or "SipMessageBuffer" or "ReadOnlySpan" or "ReadOnlyMemory";

        private static void CheckTests(SipCompilationContext sip, IOperation body, ISymbol response, int after, LocalizedText evidence, Action<Diagnostic> report)
        {
            foreach (var operation in OperationWalk.Descendants(body))
            {
                if (operation.Syntax.SpanStart < after)
                {
                    continue;
                }

                if (operation is not IConditionalOperation conditional || conditional.Type is { SpecialType: not SpecialType.System_Void }
                    || IsNested(operation, body))
                {
                    continue;
                }

                var test = StatusCondition.Evaluate(sip, conditional.Condition);
                if (test.Operand == null || !ReadsFrom(test.Operand, response))
                {
                    continue;
                }

                var reaching = PathStatuses.At(sip, conditional, test.Operand);
                var whenTrue = test.WhenTrue.Intersect(reaching);
                var whenFalse = test.WhenFalse.Intersect(reaching);
                ValueSet branch;
                DiagnosticDescriptor message;
                if (Mixes(whenTrue) && !PathConditions.Leaves(conditional.WhenTrue))
                {
                    branch = whenTrue;
                    message = Descriptor;
                }
                else if (conditional.WhenFalse is { } elseBranch && elseBranch is not IConditionalOperation
                         && Mixes(whenFalse) && !PathConditions.Leaves(elseBranch))
                {
                    // An else-if is judged by its own test (the statuses reaching it are narrowed by this one), so a
                    // chain of == tests is reported once, where its last else takes the provisionals.
                    branch = whenFalse;
                    message = ElseBranch;
                }
                else
                {
                    continue;
                }

                var label = branch.Intersect(Success).IsEmpty ? Fragments.Failure : Fragments.Final;
                var codes = string.Join(", ", SipStatusRegistry.All.Where(i => i.Code < 200 && branch.Contains(i.Code)).Select(i => i.Title));
                report(Diagnostic.Create(message, conditional.Condition.Syntax.GetLocation(), conditional.Condition.Syntax.ToString(), codes, label, evidence));
            }
        }

        private static bool Mixes(ValueSet set) => !set.Intersect(Provisional).IsEmpty && !set.Intersect(Final).IsEmpty;

        /// <summary>Inside a lambda or local function of the body: analyzed on its own.</summary>
        private static bool IsNested(IOperation operation, IOperation body)
        {
            for (var parent = operation.Parent; parent != null && parent != body; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>resp.StatusCode</c>, <c>(int)resp.Status</c> of the handler's response parameter or parsed local.</summary>
        private static bool ReadsFrom(IOperation operand, ISymbol response)
            => PathStatuses.Key(operand) is { Receiver: { } receiver } && SymbolEqualityComparer.Default.Equals(receiver, response);
    }
}
