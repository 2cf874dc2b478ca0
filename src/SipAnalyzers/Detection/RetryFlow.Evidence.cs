using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// What tells the walk which statuses reach a point when the code does not test them itself, and what hides them:
    /// a <c>catch</c> of a status-carrying exception informs the handler's paths; a decision a helper made after reading
    /// the response makes them opaque.
    /// </summary>
    internal sealed partial class RetryFlow
    {
        /// <summary>Final failures: what an exception that carries a failed request's status can hold, or a failure event delivers.</summary>
        public static readonly ValueSet FailedRequest = ValueSet.Range(300, 699);

        /// <summary>Every final response: what a send that returns its response can end with.</summary>
        private static readonly ValueSet FinalResponse = ValueSet.Range(200, 699);

        /// <summary>
        /// <c>await SendSubscribeRefreshAsync(entry, ct);</c> as a statement of a loop: the send returns the response and the
        /// loop drops it, so whatever the answer (a 6xx included) the next round sends again. Only for requests whose
        /// failure ends what they ask for (<see cref="RetryNames.AsksForAStandingResult"/>): an OPTIONS keep-alive may ignore
        /// its answers.
        /// </summary>
        private State DroppedResponse(IOperation statement, State state)
        {
            if (_loop == null)
            {
                return state; // every expression statement of every walk comes here: the one-field test first
            }

            var (type, value) = statement is IAwaitOperation awaited ? (awaited.Type, awaited.Operation) : (statement.Type, statement);
            if (value is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured })
            {
                value = configured;
            }

            if (value is not IInvocationOperation send || !_sip.IsSendMethod(send.TargetMethod)
                || !RetryNames.AsksForAStandingResult(send.TargetMethod.Name))
            {
                return state;
            }

            if (_sip.CarriesStatus(type))
            {
                return state.Inform(FinalResponse, null).From(Diagnostics.Fragments.LoopDropsResponse(send.TargetMethod.Name));
            }

            return SwallowsResponses(send)
                ? state.Inform(FinalResponse, null).From(Diagnostics.Fragments.HelperSwallowsResponse(send.TargetMethod.Name))
                : state;
        }

        /// <summary>
        /// A send helper of the application's own that returns nothing (<c>Task</c>, <c>void</c>), receives a response
        /// and throws nothing: whatever the answer, its caller cannot tell, and goes on as after a success.
        /// </summary>
        private bool SwallowsResponses(IInvocationOperation send)
        {
            var method = send.TargetMethod;
            if (!(method.ReturnsVoid || method.ReturnType is INamedTypeSymbol { IsGenericType: false, Name: "Task" or "ValueTask" })
                || method.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
            if (_sip.SemanticModelFor(declaration.SyntaxTree, send)?.GetOperation(declaration) is not { } body)
            {
                return false;
            }

            var receives = false;
            foreach (var operation in OperationWalk.Descendants(body))
            {
                switch (operation)
                {
                    case IThrowOperation:
                        return false;
                    case IAwaitOperation awaited when _sip.CarriesStatus(awaited.Type):
                        receives = true;
                        break;
                    case IAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation } assignment
                        when LeavesAStatusDecision(assignment, body):
                        return false; // if (resp.StatusCode >= 600) _rejected = true: the caller may read it
                }
            }

            return receives;
        }

        /// <summary>A member written from the status, or on a path that tested it: a decision the caller may read.</summary>
        private bool LeavesAStatusDecision(IAssignmentOperation assignment, IOperation body)
        {
            if (StatusCondition.Evaluate(_sip, assignment.Value).TestsStatus)
            {
                return true;
            }

            for (var node = assignment.Parent; node != null && node != body; node = node.Parent)
            {
                if (node is IConditionalOperation conditional && StatusCondition.Evaluate(_sip, conditional.Condition).TestsStatus)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>catch (SipRequestFailedException ex)</c>, or <c>catch (Exception ex)</c> whose handler tests the status of a
        /// type that carries one (<c>ex is SipRegistrationFailedException { StatusCode: 401 or 403 }</c>, directly or in a
        /// helper it calls): the handler runs after a final failure, so 3xx to 6xx reach it; its filter narrows that.
        /// </summary>
        /// <param name="taken">Statuses earlier catches of the same type took by their filters: C# tries catches in order.</param>
        private State CatchState(ICatchClauseOperation handler, State state, List<(ITypeSymbol Type, ValueSet Statuses)> taken)
        {
            Diagnostics.LocalizedText origin;
            var statuses = FailedRequest;
            if (_sip.CarriesStatus(handler.ExceptionType))
            {
                origin = Diagnostics.Fragments.CatchOfStatusException(handler.ExceptionType.Name);

                // SipTransactionTimeoutException: the stack's own 408 when nothing answered (RFC 3261 section 8.1.3.1).
                if (SipNames.ContainsAscii(handler.ExceptionType.Name, "timeout") || SipNames.ContainsAscii(handler.ExceptionType.Name, "timedout"))
                {
                    statuses = ValueSet.Range(408, 408);
                }
            }
            else if (TestsCaughtStatus(handler))
            {
                origin = Diagnostics.Fragments.CatchTestsStatus;
            }
            else
            {
                return state;
            }

            foreach (var (type, earlier) in taken)
            {
                if (SymbolEqualityComparer.Default.Equals(type, handler.ExceptionType))
                {
                    statuses = statuses.Intersect(earlier.Complement());
                }
            }

            var caught = state.Inform(statuses, null).From(origin);
            if (handler.Filter is { } filter)
            {
                var test = StatusCondition.Evaluate(_sip, filter);
                caught = caught.Narrow(test.WhenTrue, test);
                if (test.TestsStatus)
                {
                    taken.Add((handler.ExceptionType, test.WhenFalse.Complement())); // the statuses it surely takes: not those it may let pass
                }
            }

            return caught;
        }

        /// <summary>
        /// A condition decided by code that read the status: <c>if (!TryResolveAuthRetry(response, ..., out var retry))</c>,
        /// <c>if (retry)</c> on that out value, <c>if (ShouldFailOver(resp))</c>. A call given the response or its status
        /// (not one of the class predicates, which <see cref="StatusCondition"/> reads), or a local such a call wrote.
        /// </summary>
        private bool DelegatesStatusDecision(IOperation condition)
        {
            foreach (var node in OperationWalk.DescendantsAndSelf(condition))
            {
                switch (node)
                {
                    case IInvocationOperation invocation when ReadsStatus(invocation):
                        return true;
                    case ILocalReferenceOperation local when WrittenByStatusReader(local):
                        return true;
                }
            }

            return false;
        }

        private bool ReadsStatus(IInvocationOperation invocation)
        {
            if (invocation.Instance != null && _sip.CarriesStatus(invocation.Instance.Type))
            {
                return true;
            }

            foreach (var argument in invocation.Arguments)
            {
                var value = argument.Value.WithoutImplicitConversions();
                if (_sip.CarriesStatus(value.Type) || _sip.TryGetSlot(value, out _))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The local is an <c>out</c> argument of a call that reads the status.</summary>
        private bool WrittenByStatusReader(ILocalReferenceOperation local)
        {
            foreach (var node in OperationWalk.Descendants(PathConditions.EnclosingBody(local)))
            {
                if (node is IArgumentOperation { Parameter.RefKind: RefKind.Out, Parent: IInvocationOperation invocation } argument
                    && argument.Value.WithoutConversions() is ILocalReferenceOperation or IDeclarationExpressionOperation
                    && ReferencesLocal(argument.Value, local.Local) && ReadsStatus(invocation))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ReferencesLocal(IOperation value, ILocalSymbol local)
        {
            foreach (var node in OperationWalk.DescendantsAndSelf(value))
            {
                if (node is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The handler (or its filter) tests the caught exception's status.</summary>
        private bool TestsCaughtStatus(ICatchClauseOperation handler)
        {
            if (handler.Locals.Length == 0)
            {
                return false;
            }

            var caught = handler.Locals[0];
            foreach (var root in new[] { handler.Filter, handler.Handler })
            {
                if (root == null)
                {
                    continue;
                }

                foreach (var node in OperationWalk.DescendantsAndSelf(root))
                {
                    var condition = node is IConditionalOperation conditional ? conditional.Condition : node == handler.Filter ? node : null;
                    if (condition != null && StatusCondition.Evaluate(_sip, condition).Operand is { } operand && ReferencesLocal(operand, caught))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
