using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// A callback that a timer runs again and again: <c>new Timer(OnHealthCheck, null, interval, interval)</c>, or a handler
    /// of <c>System.Timers.Timer.Elapsed</c>. Each tick is one round of a loop that never ends by itself, so a registration
    /// watchdog (<c>if (!transport.IsRegistered) _ = ForceReRegisterAsync();</c>) retries like a reconnect loop does.
    /// </summary>
    internal static class PeriodicTimers
    {
        /// <summary>How many one-statement methods are followed to the body that does the work (<c>OnTick =&gt; _ = RunHealthCheckAsync()</c>).</summary>
        private const int TrampolineDepth = 2;

        /// <summary>The callback of a <c>System.Threading.Timer</c> created with a period, or null for a one-shot timer or anything else.</summary>
        public static IOperation? PeriodicCallback(IObjectCreationOperation creation)
        {
            if (creation.Type is not INamedTypeSymbol { Name: "Timer" } type || type.ContainingNamespace?.ToDisplayString() != "System.Threading"
                || creation.Arguments.Length != 4)
            {
                return null;
            }

            // Timer(callback, state, dueTime, period): Timeout.Infinite (-1) or InfiniteTimeSpan as the period is a one-shot.
            var period = creation.Arguments[3].Value.WithoutConversions();
            if (period.ConstantValue is { HasValue: true, Value: int or long } constant && System.Convert.ToInt64(constant.Value) <= 0
                || period is IFieldReferenceOperation { Field.Name: "InfiniteTimeSpan" })
            {
                return null;
            }

            return Callback(creation.Arguments[0].Value);
        }

        /// <summary><c>timer.Elapsed += OnElapsed</c> on a <c>System.Timers.Timer</c> (AutoReset is true unless the type sets it false).</summary>
        public static IOperation? ElapsedHandler(IEventAssignmentOperation subscription)
        {
            if (!subscription.Adds || subscription.EventReference is not IEventReferenceOperation { Event: { Name: "Elapsed" } elapsed }
                || elapsed.ContainingType?.ToDisplayString() != "System.Timers.Timer")
            {
                return null;
            }

            // A one-shot timer, restarted by hand where the code decides.
            var owner = subscription.SemanticModel?.GetEnclosingSymbol(subscription.Syntax.SpanStart)?.ContainingType;
            return owner != null && SetsAutoResetFalse(owner) ? null : Callback(subscription.HandlerValue);
        }

        private static bool SetsAutoResetFalse(INamedTypeSymbol type)
        {
            foreach (var (assignment, _) in TypeSource.Nodes<AssignmentExpressionSyntax>(type))
            {
                if (TypeSource.LastName(assignment.Left) == "AutoReset" && assignment.Right is LiteralExpressionSyntax literal && literal.Token.ValueText == "false")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The body a tick runs, and the method it belongs to: a lambda's body, or the method a method group names, followed
        /// through methods of the same type whose body only calls another one. Only bodies in <paramref name="tree"/>, where
        /// the finding is reported, are read.
        /// </summary>
        public static (IOperation? Body, IMethodSymbol? Method) TickBody(SipCompilationContext sip, IOperation callback, SyntaxTree tree)
        {
            IMethodSymbol? method = null;
            IOperation? body;
            switch (callback)
            {
                case IAnonymousFunctionOperation lambda:
                    body = lambda.Body;
                    break;
                case IMethodReferenceOperation reference:
                    method = reference.Method;
                    body = BodyOf(sip, method, tree, callback);
                    break;
                default:
                    return (null, null);
            }

            for (var depth = 0; depth < TrampolineDepth && body != null && OnlyCall(body) is { } next; depth++)
            {
                if (!SymbolEqualityComparer.Default.Equals(next.ContainingType, (method ?? next).ContainingType) || BodyOf(sip, next, tree, callback) is not { } nextBody)
                {
                    break;
                }

                method = next;
                body = nextBody;
            }

            return (body, method);
        }

        private static IOperation? Callback(IOperation handler)
        {
            var value = handler.WithoutConversions();
            while (value is IDelegateCreationOperation creation)
            {
                value = creation.Target.WithoutConversions();
            }

            return value is IAnonymousFunctionOperation or IMethodReferenceOperation ? value : null;
        }

        private static IOperation? BodyOf(SipCompilationContext sip, IMethodSymbol method, SyntaxTree tree, IOperation caller)
        {
            if (method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].SyntaxTree != tree
                || method.DeclaringSyntaxReferences[0].GetSyntax() is not MethodDeclarationSyntax declaration
                || sip.SemanticModelFor(tree, caller)?.GetOperation(declaration) is not IMethodBodyOperation body)
            {
                return null;
            }

            return body.BlockBody ?? body.ExpressionBody;
        }

        /// <summary>
        /// A body of one statement that calls a method: <c>_ = RunHealthCheckAsync();</c>, <c>RunAsync().Wait();</c>,
        /// <c>Task.Run(() =&gt; CheckAsync());</c>.
        /// </summary>
        private static IMethodSymbol? OnlyCall(IOperation body)
        {
            if (body is not IBlockOperation { Operations.Length: 1 } block)
            {
                return null;
            }

            var statement = block.Operations[0] switch
            {
                IExpressionStatementOperation expression => expression.Operation,
                IReturnOperation { ReturnedValue: { } returned } => returned,
                _ => null,
            };
            for (var i = 0; i < 4 && statement != null; i++)
            {
                statement = statement.WithoutConversions();
                switch (statement)
                {
                    case ISimpleAssignmentOperation { Target: IDiscardOperation } discard:
                        statement = discard.Value;
                        continue;
                    case IAwaitOperation awaited:
                        statement = awaited.Operation;
                        continue;
                    case IInvocationOperation { TargetMethod.Name: "Wait" or "GetResult" or "GetAwaiter" or "ConfigureAwait", Instance: { } instance }:
                        statement = instance;
                        continue;
                    case IInvocationOperation { TargetMethod.Name: "Run", TargetMethod.ContainingType.Name: "Task", Arguments.Length: >= 1 } run
                        when Callback(run.Arguments[0].Value) is IAnonymousFunctionOperation lambda:
                        return OnlyCall(lambda.Body);
                    case IInvocationOperation invocation:
                        return invocation.TargetMethod;
                }

                break;
            }

            return null;
        }
    }
}
