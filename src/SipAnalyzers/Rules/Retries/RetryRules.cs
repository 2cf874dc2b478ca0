using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Stacks;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// Finds the places that retry a request (<see cref="RetrySite"/>): a send loop's <c>continue</c> or next round; a
    /// method that calls itself or jumps back with <c>goto</c>; a send inside a call-failure handler or a periodic timer's
    /// callback; a retry policy's result predicate. Four rules judge each retry point by the statuses that reach it: SIP2001
    /// (<see cref="SIP2001_GlobalFailureRetry"/>), SIP2004 (<see cref="SIP2004_UnboundedOrUnchangedRetry"/>), SIP2005
    /// (<see cref="SIP2005_RetryIgnoresRetryAfter"/>) and SIP2006 (<see cref="SIP2006_IntervalOrGlareRetry"/>). One analyzer, so each site is found
    /// and walked once. Only informed paths are judged: the code tested the status, a <c>catch</c> of a status-carrying
    /// exception runs after a failed request, or the stack's event delivers failures. Without any of these nothing is
    /// known about the failure, and the rules stay silent.
    /// </summary>
    internal sealed class RetryRules : SipRuleFamily
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            SIP2001_GlobalFailureRetry.Descriptor, SIP2004_UnboundedOrUnchangedRetry.Descriptor, SIP2004_UnboundedOrUnchangedRetry.Unchanged,
            SIP2005_RetryIgnoresRetryAfter.Descriptor, SIP2006_IntervalOrGlareRetry.Descriptor, SIP2006_IntervalOrGlareRetry.SessionInterval,
            SIP2006_IntervalOrGlareRetry.Glare);

        internal override void Register(SipRegistration context, SipCompilationContext sip)
        {
            context.RegisterOperationAction(c => AnalyzeLoop(c, sip), OperationKind.Loop);

            // Retries outside loops are rare shapes found by cheap callbacks first: a call of the enclosing method, a
            // goto, a lambda subscribed to a failure event or given to a retry policy, a method named like a failure
            // handler. Only then is the enclosing body walked (no scan of every method body).
            context.RegisterOperationAction(c => AnalyzeRecursion(c, sip), OperationKind.Invocation);
            context.RegisterOperationAction(c => AnalyzeGoto(c, sip), OperationKind.Branch);
            context.RegisterOperationAction(c => AnalyzeLambda(c, sip), OperationKind.AnonymousFunction);
            context.RegisterOperationAction(c => AnalyzeHandlerMethod(c, sip), OperationKind.MethodBody);
            context.RegisterOperationAction(c => AnalyzeTimer(c, sip), OperationKind.ObjectCreation, OperationKind.EventAssignment);
        }

        private static void AnalyzeLoop(in OperationAnalysisContext context, SipCompilationContext sip)
        {
            if (RetryFlow.ForLoop(sip, (ILoopOperation)context.Operation) is { } site)
            {
                Judge(context, sip, site);
            }
        }

        /// <summary>A method or local function that calls itself: a re-dial by recursion.</summary>
        private static void AnalyzeRecursion(in OperationAnalysisContext context, SipCompilationContext sip)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var target = invocation.TargetMethod;
            if (target.MethodKind != MethodKind.LocalFunction && target.Name != context.ContainingSymbol.Name)
            {
                return; // the common case, decided by one string compare
            }

            var (body, owner) = EnclosingBody(invocation, context.ContainingSymbol);
            if (body == null || owner == null || !SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, owner.OriginalDefinition))
            {
                return;
            }

            var points = RetryFlow.InBody(sip, body, owner, sendsAreRetries: false).Where(p => p.At == invocation).ToList();
            Judge(context, sip, new RetrySite(sip, RetryShape.Recursion, body, null, null, points));
        }

        /// <summary><c>goto retry;</c> back to a label above it.</summary>
        private static void AnalyzeGoto(in OperationAnalysisContext context, SipCompilationContext sip)
        {
            var branch = (IBranchOperation)context.Operation;
            if (branch.BranchKind != BranchKind.GoTo)
            {
                return;
            }

            var (body, owner) = EnclosingBody(branch, context.ContainingSymbol);
            if (body != null)
            {
                var points = RetryFlow.InBody(sip, body, owner, sendsAreRetries: false).Where(p => p.At == branch).ToList();
                Judge(context, sip, new RetrySite(sip, RetryShape.GoTo, body, null, null, points));
            }
        }

        /// <summary>
        /// <c>ua.CallFailed += (uac, error, resp) =&gt; ...</c>: every send in it is a retry. A retry policy's
        /// result predicate (Polly's <c>HandleResult(r =&gt; r.StatusCode &gt;= 400)</c>): the statuses it accepts are retried.
        /// </summary>
        private static void AnalyzeLambda(in OperationAnalysisContext context, SipCompilationContext sip)
        {
            var lambda = (IAnonymousFunctionOperation)context.Operation;
            if (RetryNames.IsFailureHandlerSubscription(lambda))
            {
                var subscribed = OperationHelpers.SubscribedEvent(lambda)!;
                JudgeSends(context, sip, lambda.Body, null, subscribed.Name, StackKnowledge.Delivery(subscribed), subscribed.Name);

                return;
            }

            if (lambda.Body.Operations.Length == 1 && lambda.Body.Operations[0] is IReturnOperation { ReturnedValue: { } predicate }
                && IsRetryPredicate(lambda))
            {
                var test = StatusCondition.Evaluate(sip, predicate);
                if (test.TestsStatus)
                {
                    var point = new RetryPoint(lambda, test.WhenTrue, test.Operand, nextIteration: false, informed: true);
                    Judge(context, sip, new RetrySite(sip, RetryShape.Policy, PolicyStatement(lambda), null, null, new List<RetryPoint> { point }));
                }
            }
        }

        /// <summary>The "try later" codes (408, 413, 480, 486, 500, 503, 504), which a stack with a temporary-failure event sends there.</summary>
        private static readonly ValueSet NotLater = ValueSet.Of(new[] { 408, 413, 480, 486, 500, 503, 504 }).Complement();

        /// <summary>
        /// What a stack's "temporary failure" event can carry: neither a 6xx (definitive everywhere), nor a 4xx that does not
        /// change by itself (SIP2004's list), nor a rejected credential (401/407): no stack calls those temporary.
        /// </summary>
        private static readonly ValueSet TemporaryFailure = ValueSet.Of(SIP2004_UnboundedOrUnchangedRetry.NonRetryable.Concat(new[] { 401, 407 }))
            .Union(ValueSet.Range(600, 699))
            .Complement();

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

        /// <summary>
        /// The whole statement that builds the policy (its retry count, sleep durations and Retry-After reading are
        /// siblings of the predicate): the outermost operation above the lambda.
        /// </summary>
        private static IOperation PolicyStatement(IOperation lambda)
        {
            var node = lambda;
            while (node.Parent != null && node.Parent is not (IBlockOperation or IMethodBodyOperation))
            {
                node = node.Parent;
            }

            return node;
        }

        /// <summary>OnCallFailed, HandleRejected, a call-state callback: every send in it is a retry.</summary>
        private static void AnalyzeHandlerMethod(in OperationAnalysisContext context, SipCompilationContext sip)
        {
            var methodBody = (IMethodBodyOperation)context.Operation;
            if (RetryNames.IsFailureHandlerName(context.ContainingSymbol.Name) && (methodBody.BlockBody ?? methodBody.ExpressionBody) is { } body)
            {
                var method = (IMethodSymbol)context.ContainingSymbol;
                var (delivery, raisedBy) = method.IsOverride ? (StackKnowledge.CallbackDelivery(method), method.Name) : HandlerEvents.SubscribedDelivery(sip, method, methodBody);
                JudgeSends(context, sip, body, method, method.Name, delivery, raisedBy);
            }
        }

        /// <summary>
        /// A periodic timer's callback (<c>new Timer(OnHealthCheck, null, interval, interval)</c>, a <c>System.Timers.Timer</c>
        /// Elapsed handler): a SIP request it sends on a path where a status test, typically a success flag
        /// (<c>if (!transport.IsRegistered)</c>), let failures through is sent again on every tick that finds the same failure.
        /// </summary>
        private static void AnalyzeTimer(in OperationAnalysisContext context, SipCompilationContext sip)
        {
            var callback = context.Operation switch
            {
                IObjectCreationOperation creation => PeriodicTimers.PeriodicCallback(creation),
                IEventAssignmentOperation subscription => PeriodicTimers.ElapsedHandler(subscription),
                _ => null,
            };
            if (callback == null)
            {
                return;
            }

            var (body, method) = PeriodicTimers.TickBody(sip, callback, context.Operation.Syntax.SyntaxTree);
            if (body == null)
            {
                return;
            }

            var points = RetryFlow.InBody(sip, body, method, sendsAreRetries: true)
                .Where(p => p.At is IInvocationOperation invocation && SendsASipRequest(sip, invocation.TargetMethod))
                .ToList();
            Judge(context, sip, new RetrySite(sip, RetryShape.Timer, body, null, null, points)
            {
                TickedBy = callback is IMethodReferenceOperation reference ? reference.Method.Name : method?.Name,
                TimerCreatedIn = context.ContainingSymbol.Name,
            });
        }

        /// <summary>A stack's dial or register method, a configured send, or a name that says which request it sends.</summary>
        private static bool SendsASipRequest(SipCompilationContext sip, IMethodSymbol method)
            => StackKnowledge.IsRequestSender(method) || sip.Configured.IsSendMethod(method) || (sip.CallName(method.Name) & CallNameKind.NamesRequest) != 0;

        private static void JudgeSends(in OperationAnalysisContext context, SipCompilationContext sip, IOperation body, ISymbol? method, string handlerName, ResponseDelivery delivery, string? raisedBy)
        {
            // A stack event documented to deliver failures says which statuses the handler starts with, tested or not.
            var delivered = delivery == ResponseDelivery.FailuresOnly ? RetryFlow.FailedRequest : null;
            var points = RetryFlow.InBody(sip, body, method, sendsAreRetries: true, delivered)
                .Where(p => p.At is IInvocationOperation invocation && sip.IsSendMethod(invocation.TargetMethod)
                            && (delivered == null || SendsASipRequest(sip, invocation.TargetMethod)))
                .ToList();

            // RegistrationTemporaryFailure, OnTransientFailure: the stack calls the failure temporary, which a 6xx or a 403 never is.
            if (RetryNames.IsTemporaryFailureName(handlerName))
            {
                points = points.Select(p => p.Within(TemporaryFailure)).ToList();
            }
            else if (raisedBy != null && StackKnowledge.TemporaryFailuresElsewhere(raisedBy))
            {
                points = points.Select(p => p.Within(NotLater)).ToList();
            }
            Judge(context, sip, new RetrySite(sip, RetryShape.Handler, body, null, null, points)
            {
                HandlesRegistration = RetryNames.IsRegister(handlerName),
                Evidence = delivered == null || raisedBy == null ? null
                    : RetryNames.IsTemporaryFailureName(raisedBy) ? Fragments.RaisedOnTemporaryFailures(raisedBy)
                    : Fragments.RaisedOnEveryFailure(raisedBy),
            });
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

        /// <summary>Each retry point with a status test on its path, through the four rules.</summary>
        private static void Judge(in OperationAnalysisContext context, SipCompilationContext sip, RetrySite site)
        {
            foreach (var point in site.Points)
            {
                if (!point.Informed)
                {
                    continue; // no status test or status-carrying catch on the way: nothing is known about the status
                }

                var retry = new RetryContext(sip, site, point);
                if (retry.Codes.Count == 0)
                {
                    continue;
                }

                if (SIP2001_GlobalFailureRetry.Check(retry) is { } globalFailure)
                {
                    context.ReportDiagnostic(globalFailure);
                }

                var unchanged = SIP2004_UnboundedOrUnchangedRetry.Check(retry);
                if (unchanged != null)
                {
                    context.ReportDiagnostic(unchanged);
                }

                if (SIP2005_RetryIgnoresRetryAfter.Check(retry, reportedBySip2004: unchanged != null) is { } retryAfter)
                {
                    context.ReportDiagnostic(retryAfter);
                }

                foreach (var interval in SIP2006_IntervalOrGlareRetry.Check(retry))
                {
                    context.ReportDiagnostic(interval);
                }
            }
        }
    }
}
