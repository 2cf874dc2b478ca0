using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
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
    /// keeps it silent. Called by <see cref="ResponseAnalyzer"/> per method body and lambda.
    /// </summary>
    internal static class ProvisionalAsFinalRule
    {
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
        public static void Check(SipCompilationContext sip, IOperation body, System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, Action<Diagnostic> report)
        {
            IParameterSymbol? response = null;
            foreach (var parameter in parameters)
            {
                if (parameter.Type.Name.IndexOf("Response", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    response = parameter;
                    break;
                }
            }

            if (response == null)
            {
                return;
            }

            foreach (var operation in OperationWalk.Descendants(body))
            {
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
                if (Mixes(whenTrue) && !PathConditions.Leaves(conditional.WhenTrue))
                {
                    branch = whenTrue;
                }
                else if (conditional.WhenFalse != null && Mixes(whenFalse) && !PathConditions.Leaves(conditional.WhenFalse))
                {
                    branch = whenFalse;
                }
                else
                {
                    continue;
                }

                var label = branch.Intersect(Success).IsEmpty ? "failure" : "final";
                var codes = string.Join(", ", SipStatusRegistry.All.Where(i => i.Code < 200 && branch.Contains(i.Code)).Select(i => i.Title));
                report(Diagnostic.Create(Descriptors.ProvisionalTreatedAsFinal, conditional.Condition.Syntax.GetLocation(),
                    conditional.Condition.Syntax.ToString(), codes, label));
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

        /// <summary><c>resp.StatusCode</c>, <c>(int)resp.Status</c> of the handler's response parameter.</summary>
        private static bool ReadsFrom(IOperation operand, IParameterSymbol response)
            => PathStatuses.Key(operand) is { Receiver: { } receiver } && SymbolEqualityComparer.Default.Equals(receiver, response);
    }
}
