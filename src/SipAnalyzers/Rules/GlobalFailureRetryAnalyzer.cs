using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2001: a retry (re-dial, failover to the next gateway, a new branch) reachable after a 6xx Global Failure.
    /// Four shapes: a send loop's <c>continue</c> or next iteration; a method that calls itself or jumps back with
    /// <c>goto</c>; a send inside a call-failure handler; a retry policy's result predicate. Only paths on which the
    /// code tested the status are judged: without a status test the analyzer cannot know the failure was a 6xx, and
    /// stays silent. (SIP2004 to SIP2006 walk the same loops in <see cref="RetryLoopAnalyzer"/>.)
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class GlobalFailureRetryAnalyzer : SipAnalyzerBase
    {
        /// <summary>Fix properties: the status expression to guard on, and where the guard goes.</summary>
        internal const string StatusKey = "Status";
        internal const string GuardKey = "Guard";
        internal const string GuardBeforeStatement = "before";
        internal const string GuardAtEndOfLoop = "loopEnd";

        private static readonly ValueSet GlobalFailures = ValueSet.Range(600, 699);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.GlobalFailureRetry);

        private protected override void Register(CompilationStartAnalysisContext context, SipCompilationContext sip)
        {
            context.RegisterOperationAction(c => AnalyzeLoop(c, sip), OperationKind.Loop);

            // Retries outside loops are rare shapes found by cheap callbacks first: a call of the enclosing method, a
            // goto, a lambda subscribed to a failure event, a method named like a failure handler. Only then is the
            // enclosing body walked (no scan of every method body).
            context.RegisterOperationAction(c => AnalyzeRecursion(c, sip), OperationKind.Invocation);
            context.RegisterOperationAction(c => AnalyzeGoto(c, sip), OperationKind.Branch);
            context.RegisterOperationAction(c => AnalyzeHandlerLambda(c, sip), OperationKind.AnonymousFunction);
            context.RegisterOperationAction(c => AnalyzeHandlerMethod(c, sip), OperationKind.MethodBody);
        }

        private static void AnalyzeLoop(OperationAnalysisContext context, SipCompilationContext sip)
        {
            var loop = (ILoopOperation)context.Operation;
            if (RetryFlow.ForLoop(sip, loop) is not { } sendLoop || IsExempt(sendLoop.Send!) || IsGenerated(context, sip))
            {
                return;
            }

            // foreach (var lead in campaign.Leads): each round calls someone else; that is not a failover.
            if (loop is IForEachLoopOperation forEach
                && (RetryNames.IsCalleeCollection(forEach.Collection.Syntax.ToString())
                    || forEach.Locals.Any(l => RetryNames.IsCalleeCollection(l.Name))))
            {
                return;
            }

            Report(context, sip, loop.Body, sendLoop.Points, only: null);
        }

        /// <summary>A method or local function that calls itself: a re-dial by recursion.</summary>
        private static void AnalyzeRecursion(OperationAnalysisContext context, SipCompilationContext sip)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var target = invocation.TargetMethod;
            if (target.MethodKind != MethodKind.LocalFunction && target.Name != context.ContainingSymbol.Name)
            {
                return; // the common case, decided by one string compare
            }

            var (body, owner) = EnclosingBody(invocation, context.ContainingSymbol);
            if (body == null || owner == null || !SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, owner.OriginalDefinition)
                || IsExempt(invocation) || IsGenerated(context, sip))
            {
                return;
            }

            Report(context, sip, body, RetryFlow.InBody(sip, body, owner, sendsAreRetries: false), only: invocation);
        }

        /// <summary><c>goto retry;</c> back to a label above it.</summary>
        private static void AnalyzeGoto(OperationAnalysisContext context, SipCompilationContext sip)
        {
            var branch = (IBranchOperation)context.Operation;
            if (branch.BranchKind != BranchKind.GoTo || IsGenerated(context, sip))
            {
                return;
            }

            var (body, owner) = EnclosingBody(branch, context.ContainingSymbol);
            if (body != null)
            {
                Report(context, sip, body, RetryFlow.InBody(sip, body, owner, sendsAreRetries: false), only: branch);
            }
        }

        /// <summary>
        /// <c>ua.ClientCallFailed += (uac, error, resp) =&gt; ...</c>: every send in it is a retry. A retry policy's
        /// result predicate (Polly's <c>HandleResult(r =&gt; r.StatusCode &gt;= 400)</c>): the statuses it accepts are retried.
        /// </summary>
        private static void AnalyzeHandlerLambda(OperationAnalysisContext context, SipCompilationContext sip)
        {
            var lambda = (IAnonymousFunctionOperation)context.Operation;
            if (IsFailureHandlerSubscription(lambda))
            {
                if (!IsGenerated(context, sip))
                {
                    ReportSends(context, sip, lambda.Body, null);
                }

                return;
            }

            if (IsRetryPredicate(lambda) && lambda.Body.Operations.Length == 1
                && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } predicate } && !IsGenerated(context, sip))
            {
                var test = StatusCondition.Evaluate(sip, predicate);
                if (test.TestsStatus)
                {
                    var point = new RetryPoint(lambda, test.WhenTrue, test.Operand, nextIteration: false);
                    Report(context, sip, lambda.Body, new List<RetryPoint> { point }, only: null);
                }
            }
        }

        /// <summary>The lambda is the result predicate of a retry policy: <c>HandleResult</c>/<c>OrResult</c> under a Retry call or options type.</summary>
        private static bool IsRetryPredicate(IAnonymousFunctionOperation lambda)
        {
            var node = lambda.Parent;
            while (node is IDelegateCreationOperation or IConversionOperation or IArgumentOperation)
            {
                node = node.Parent;
            }

            if (node is not IInvocationOperation { TargetMethod.Name: "HandleResult" or "OrResult" })
            {
                return false;
            }

            for (var depth = 0; node != null && depth < 8; depth++, node = node.Parent)
            {
                switch (node)
                {
                    case IInvocationOperation invocation when invocation.TargetMethod.Name.IndexOf("Retry", System.StringComparison.Ordinal) >= 0:
                    case IObjectCreationOperation creation when creation.Type?.Name.IndexOf("Retry", System.StringComparison.Ordinal) >= 0:
                        return true;
                }
            }

            // Policy.HandleResult(...).WaitAndRetryAsync(...): the retry call is the receiver's user, found through the syntax.
            return lambda.Syntax.Ancestors().Take(8).Any(a => a is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
                && access.Name.Identifier.ValueText.IndexOf("Retry", System.StringComparison.Ordinal) >= 0);
        }

        /// <summary>OnCallFailed, OnClientCallFailed, HandleRejected: every send in it is a retry.</summary>
        private static void AnalyzeHandlerMethod(OperationAnalysisContext context, SipCompilationContext sip)
        {
            var methodBody = (IMethodBodyOperation)context.Operation;
            if (IsFailureHandlerName(context.ContainingSymbol.Name) && (methodBody.BlockBody ?? methodBody.ExpressionBody) is { } body
                && !IsGenerated(context, sip))
            {
                ReportSends(context, sip, body, context.ContainingSymbol);
            }
        }

        private static void ReportSends(OperationAnalysisContext context, SipCompilationContext sip, IOperation body, ISymbol? method)
        {
            var points = RetryFlow.InBody(sip, body, method, sendsAreRetries: true)
                .Where(p => p.At is IInvocationOperation invocation && RetryNames.IsSendMethod(invocation.TargetMethod.Name) && !IsExempt(invocation))
                .ToList();
            Report(context, sip, body, points, only: null);
        }

        /// <summary>The body whose statements lead to an operation, and the method or local function it belongs to.</summary>
        private static (IOperation? Body, ISymbol? Owner) EnclosingBody(IOperation operation, ISymbol containingSymbol)
        {
            for (var node = operation.Parent; node != null; node = node.Parent)
            {
                switch (node)
                {
                    case ILocalFunctionOperation localFunction:
                        return (localFunction.Body, localFunction.Symbol);
                    case IAnonymousFunctionOperation lambda:
                        return (lambda.Body, null);
                    case IMethodBodyOperation methodBody:
                        return (methodBody.BlockBody ?? methodBody.ExpressionBody, containingSymbol);
                }
            }

            return (null, null);
        }

        /// <param name="only">When set, report only the point at this operation (its own callback found it).</param>
        private static void Report(OperationAnalysisContext context, SipCompilationContext sip, IOperation scope, List<RetryPoint> points, IOperation? only)
        {
            if (only != null)
            {
                points = points.Where(p => p.At == only).ToList();
            }

            if (points.Count == 0)
            {
                return;
            }

            var names = LoopFacts.Collect(sip, scope, loop: null);
            foreach (var point in points)
            {
                if (point.StatusOperand == null)
                {
                    continue; // no status test on the way: nothing is known about the status
                }

                var reaching = point.Admitted.Intersect(GlobalFailures);
                // Honouring Retry-After makes a later 600/603 retry legitimate (RFC 3261 section 20.33); a 606 may be
                // retried with a different offer (section 21.6.4).
                if (names.ReadsRetryAfter)
                {
                    reaching = reaching.Intersect(ValueSet.Range(600, 600).Union(ValueSet.Range(603, 603)).Complement());
                }

                if (names.ChangesOffer)
                {
                    reaching = reaching.Intersect(ValueSet.Range(606, 606).Complement());
                }

                var codes = SipStatusRegistry.All.Where(i => i.Code >= 600 && reaching.Contains(i.Code)).ToList();
                if (codes.Count == 0)
                {
                    continue;
                }

                var which = reaching.SetEquals(GlobalFailures)
                    ? "any 6xx (" + string.Join(", ", codes.Select(c => c.Code)) + ")"
                    : string.Join(", ", codes.Select(c => c.Title));
                // The fix guards loops with 'break'; a continue inside a switch section would only break the switch.
                var properties = ImmutableDictionary<string, string?>.Empty;
                var guard = point.NextIteration ? GuardAtEndOfLoop
                    : point.At is IBranchOperation { BranchKind: BranchKind.Continue } && !InsideSwitch(point.At) ? GuardBeforeStatement
                    : null;
                if (guard != null && sip.GeneratedPredicates != null)
                {
                    properties = properties.Add(StatusKey, GuardArgument(sip, point.StatusOperand)).Add(GuardKey, guard);
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.GlobalFailureRetry,
                    point.At.Syntax.GetLocation(),
                    properties,
                    Describe(point),
                    which));
            }
        }

        /// <summary>The guard's argument: the tested status, as an int unless it is the generated enum (SipStatus has both overloads).</summary>
        private static string GuardArgument(SipCompilationContext sip, IOperation operand)
        {
            var text = operand.Syntax.ToString();
            if (operand.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } type && !SymbolEqualityComparer.Default.Equals(type, sip.GeneratedEnum))
            {
                return "(int)" + (operand is IFieldReferenceOperation or IPropertyReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation
                    ? text
                    : "(" + text + ")");
            }

            return text;
        }

        private static bool InsideSwitch(IOperation operation)
        {
            for (var node = operation.Parent; node != null && node is not ILoopOperation; node = node.Parent)
            {
                if (node is ISwitchOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Describe(RetryPoint point)
        {
            switch (point.At)
            {
                case IBranchOperation { BranchKind: BranchKind.Continue }:
                    return "This continue moves on to the next target";
                case IBranchOperation:
                    return "This goto sends again";
                case IAnonymousFunctionOperation:
                    return "This retry policy retries";
                case IInvocationOperation invocation when point.NextIteration:
                    return "The loop calls " + invocation.TargetMethod.Name + " again";
                default:
                    return "This call to " + ((IInvocationOperation)point.At).TargetMethod.Name + " sends again";
            }
        }

        /// <summary>REGISTER refreshes and in-dialog requests are not searches for a callee (see the rule page).</summary>
        private static bool IsExempt(IInvocationOperation send)
            => RetryNames.IsRegisterOrInDialog(send.TargetMethod.Name);

        /// <summary>OnCallFailed, OnClientCallFailed, HandleCallFailure: a handler of a failed call.</summary>
        private static bool IsFailureHandlerName(string name)
            => name.IndexOf("fail", System.StringComparison.OrdinalIgnoreCase) >= 0
               || name.IndexOf("reject", System.StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary><c>ua.ClientCallFailed += (uac, error, resp) =&gt; ...</c>.</summary>
        private static bool IsFailureHandlerSubscription(IAnonymousFunctionOperation lambda)
        {
            var parent = lambda.Parent;
            while (parent is IDelegateCreationOperation or IConversionOperation)
            {
                parent = parent.Parent;
            }

            return parent is IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation reference } && IsFailureHandlerName(reference.Event.Name);
        }
    }
}
