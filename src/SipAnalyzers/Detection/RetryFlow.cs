using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using System.Collections.Generic;
using SipAnalyzers.Context;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// Walks one loop body (or one method or handler body) statement by statement, carrying the set of statuses that
    /// can reach each point: an <c>if</c> narrows it by its condition on each branch, a status <c>switch</c> by its
    /// sections, and statements that leave (<c>break</c>, <c>return</c>, <c>throw</c>) end a path. A structural walk over
    /// the operation tree: no control-flow graph is built, so the cost is one pass over the statements.
    /// </summary>
    internal sealed partial class RetryFlow
    {
        private readonly SipCompilationContext _sip;
        private readonly ILoopOperation? _loop;
        private readonly ISymbol? _method;
        private readonly bool _sendsAreRetries;
        private readonly List<RetryPoint> _points = new List<RetryPoint>();
        private readonly Dictionary<ILabelSymbol, List<State>> _switchExits = new Dictionary<ILabelSymbol, List<State>>(SymbolEqualityComparer.Default);

        private RetryFlow(SipCompilationContext sip, ILoopOperation? loop, ISymbol? method, bool sendsAreRetries)
        {
            _sip = sip;
            _loop = loop;
            _method = method;
            _sendsAreRetries = sendsAreRetries;
        }

        /// <summary>A loop that sends: its first send and its retry points; null for any other loop.</summary>
        public static RetrySite? ForLoop(SipCompilationContext sip, ILoopOperation loop)
            => RetryNames.FirstSend(sip, loop.Body) is { } send
                ? new RetrySite(sip, RetryShape.Loop, loop.Body, loop, send, InLoop(sip, loop, send))
                : null;

        /// <summary>Retries of a send loop: each <c>continue</c>, and the next iteration when the body falls through.</summary>
        private static List<RetryPoint> InLoop(SipCompilationContext sip, ILoopOperation loop, IOperation firstSend)
        {
            var flow = new RetryFlow(sip, loop, null, sendsAreRetries: false);
            var end = flow.Walk(loop.Body, State.Start);
            if (end is { } fallThrough)
            {
                flow._points.Add(fallThrough.At(firstSend, nextIteration: true));
            }

            // A while/do/for condition is tested again before the next round: it narrows every retry point.
            var condition = OperationHelpers.LoopCondition(loop);
            if (condition == null)
            {
                return flow._points;
            }

            var test = StatusCondition.Evaluate(sip, condition);
            var narrowed = new List<RetryPoint>(flow._points.Count);
            foreach (var point in flow._points)
            {
                narrowed.Add(test.TestsStatus
                    ? new RetryPoint(point.At, (point.Uninformed ? ValueSet.All : point.Admitted).Intersect(test.WhenTrue), point.StatusOperand ?? test.Operand, point.NextIteration, informed: true, origin: point.Origin)
                    : point);
            }

            return narrowed;
        }

        /// <summary>
        /// Retries in a method or handler body: calls of the method itself (a re-dial by recursion), backward
        /// <c>goto</c>s, and, in a failure handler, any send.
        /// </summary>
        /// <param name="delivered">The statuses the body is known to start with (a stack event that delivers failures), or null.</param>
        public static List<RetryPoint> InBody(SipCompilationContext sip, IOperation body, ISymbol? method, bool sendsAreRetries, ValueSet? delivered = null)
        {
            var flow = new RetryFlow(sip, null, method, sendsAreRetries);
            flow.Walk(body, delivered == null ? State.Start : State.Start.Inform(delivered, null));
            return flow._points;
        }

        /// <summary>
        /// The path state. Paths on which something said which statuses get here (a status test, a status-carrying
        /// <c>catch</c>) are informed, and <see cref="Admitted"/> is the union of their statuses; paths on which nothing did
        /// (the success path of a <c>try</c>, a branch that tested something else) are only flagged, so that joining one
        /// does not claim every status for the informed ones. A later status test informs them too.
        /// </summary>
        private readonly struct State
        {
            public static readonly State Start = new State(ValueSet.Empty, null, informed: false, uninformed: true);

            private State(ValueSet admitted, IOperation? operand, bool informed, bool uninformed, Diagnostics.LocalizedText? origin = null)
            {
                Origin = origin;
                Admitted = admitted;
                Operand = operand;
                Informed = informed;
                Uninformed = uninformed;
            }

            /// <summary>Statuses that can be here on the informed paths.</summary>
            public ValueSet Admitted { get; }

            /// <summary>The status expression a test on the way read (null when none did).</summary>
            public IOperation? Operand { get; }

            /// <summary>Some path here is informed.</summary>
            public bool Informed { get; }

            /// <summary>Some path here knows nothing of the status.</summary>
            public bool Uninformed { get; }

            public Diagnostics.LocalizedText? Origin { get; }

            /// <summary>Every path, informed or not, narrowed to the statuses a test or a catch lets through.</summary>
            public State Inform(ValueSet set, IOperation? operand)
                => new State((Uninformed ? ValueSet.All : Admitted).Intersect(set), Operand ?? operand, informed: true, uninformed: false, Origin);

            public State From(Diagnostics.LocalizedText origin) => new State(Admitted, Operand, Informed, Uninformed, origin);

            /// <summary>The same paths, now knowing nothing of the status.</summary>
            public static State Opaque(State state) => new State(ValueSet.Empty, state.Operand, informed: false, uninformed: true);

            public State Narrow(ValueSet set, StatusCondition condition)
                => !condition.TestsStatus ? this
                    : condition.Evidence != null && Origin == null ? Inform(set, condition.Operand).From(condition.Evidence)
                    : Inform(set, condition.Operand);

            public RetryPoint At(IOperation at, bool nextIteration) => new RetryPoint(at, Admitted, Operand, nextIteration, Informed, Uninformed, Origin);

            public static State? Join(State? a, State? b)
            {
                if (a is not { } left)
                {
                    return b;
                }

                if (b is not { } right)
                {
                    return a;
                }

                return new State(left.Admitted.Union(right.Admitted), left.Operand ?? right.Operand, left.Informed || right.Informed, left.Uninformed || right.Uninformed, left.Origin ?? right.Origin);
            }
        }

        private State? Walk(IOperation? operation, State state)
        {
            switch (operation)
            {
                case null:
                    return state;

                case IBlockOperation block:
                    State? current = state;
                    foreach (var statement in block.Operations)
                    {
                        current = Walk(statement, current.Value);
                        if (current == null)
                        {
                            return null;
                        }
                    }

                    return current;

                case IConditionalOperation conditional when conditional.Type == null || conditional.Type.SpecialType == SpecialType.System_Void:
                {
                    var test = StatusCondition.Evaluate(_sip, conditional.Condition);
                    if (!test.TestsStatus && state.Informed && DelegatesStatusDecision(conditional.Condition))
                    {
                        state = State.Opaque(state); // the helper read the status and decided; which statuses pass is its secret
                    }

                    var whenTrue = Walk(conditional.WhenTrue, state.Narrow(test.WhenTrue, test));
                    var whenFalse = Walk(conditional.WhenFalse, state.Narrow(test.WhenFalse, test));
                    return State.Join(whenTrue, whenFalse);
                }

                case IBranchOperation branch:
                    return Branch(branch, state);

                case IReturnOperation { Kind: OperationKind.YieldReturn }:
                    return state;

                case IReturnOperation returned:
                    if (returned.ReturnedValue != null)
                    {
                        Expression(returned.ReturnedValue, state); // return await DialAsync(attempt + 1);
                    }

                    return null;

                case IExpressionStatementOperation { Operation: IThrowOperation }:
                case IThrowOperation:
                    return null;

                case IExpressionStatementOperation expression:
                    Expression(expression.Operation, state);
                    return DroppedResponse(expression.Operation, state);

                case ISwitchOperation switchStatement:
                    return Switch(switchStatement, state);

                case ITryOperation tryStatement:
                {
                    var result = Walk(tryStatement.Body, state);
                    var taken = new List<(ITypeSymbol Type, ValueSet Statuses)>();
                    foreach (var handler in tryStatement.Catches)
                    {
                        result = State.Join(result, Walk(handler.Handler, CatchState(handler, state, taken)));
                    }

                    return result;
                }

                case IUsingOperation usingStatement:
                    return Walk(usingStatement.Body, state);

                case ILockOperation lockStatement:
                    return Walk(lockStatement.Body, state);

                case ILabeledOperation labeled:
                    return Walk(labeled.Operation, state);

                case IVariableDeclarationGroupOperation declarations:
                    foreach (var declaration in declarations.Declarations)
                    {
                        foreach (var declarator in declaration.Declarators)
                        {
                            if (declarator.Initializer?.Value is { } value)
                            {
                                Expression(value, state);
                            }
                        }
                    }

                    return state;

                default:
                    // Nested loops are analyzed on their own; other statements do not branch on a status.
                    return state;
            }
        }

        private State? Branch(IBranchOperation branch, State state)
        {
            if (_loop != null && branch.BranchKind == BranchKind.Continue
                && SymbolEqualityComparer.Default.Equals(branch.Target, _loop.ContinueLabel))
            {
                _points.Add(state.At(branch, nextIteration: false));
                return null;
            }

            if (_switchExits.TryGetValue(branch.Target, out var exits))
            {
                exits.Add(state);
                return null;
            }

            // goto retry; to a label above it: a hand-written loop.
            if (_loop == null && branch.BranchKind == BranchKind.GoTo && branch.Target.Locations.Length > 0
                && branch.Target.Locations[0].SourceSpan.Start < branch.Syntax.SpanStart)
            {
                _points.Add(state.At(branch, nextIteration: false));
            }

            return null;
        }

        /// <summary>A statement's expression: a call of the method itself, or in a failure handler any send, is a retry.</summary>
        private void Expression(IOperation expression, State state)
        {
            var call = expression.WithoutImplicitConversions();
            if (call is IAwaitOperation awaited)
            {
                call = awaited.Operation.WithoutImplicitConversions();
            }

            if (call is ISimpleAssignmentOperation assignment)
            {
                call = assignment.Value.WithoutImplicitConversions();
                if (call is IAwaitOperation awaitedValue)
                {
                    call = awaitedValue.Operation.WithoutImplicitConversions();
                }
            }

            if (_loop != null)
            {
                return;
            }

            if (_sendsAreRetries)
            {
                ScheduledSends(call, state);
            }

            if (call is not IInvocationOperation invocation)
            {
                return;
            }

            var recursive = _method != null && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, _method.OriginalDefinition);
            if (recursive || (_sendsAreRetries && _sip.IsSendMethod(invocation.TargetMethod)))
            {
                _points.Add(state.At(invocation, nextIteration: false));
            }
        }

        /// <summary>
        /// A re-send scheduled from a failure handler: <c>new Timer(_ =&gt; ua.Call(...), null, 60000, ...)</c>,
        /// <c>Task.Delay(5000).ContinueWith(_ =&gt; ua.Call(...))</c>. The callback's sends are retries under the
        /// statuses that reach the statement that schedules them.
        /// </summary>
        private void ScheduledSends(IOperation statement, State state)
        {
            if (statement is IInvocationOperation { Arguments.Length: 0 } or ILiteralOperation or ILocalReferenceOperation)
            {
                return;
            }

            foreach (var node in OperationWalk.Descendants(statement))
            {
                if (node is not IAnonymousFunctionOperation callback)
                {
                    continue;
                }

                foreach (var inner in OperationWalk.Descendants(callback.Body))
                {
                    if (inner is IInvocationOperation send && _sip.IsSendMethod(send.TargetMethod))
                    {
                        _points.Add(state.At(send, nextIteration: false));
                    }
                }
            }
        }

        private State? Switch(ISwitchOperation switchStatement, State state)
        {
            var onStatus = _sip.TryGetSlot(switchStatement.Value, out _);
            var exits = new List<State>();
            _switchExits[switchStatement.ExitLabel] = exits;
            var covered = ValueSet.Empty;
            var sections = new List<(ISwitchCaseOperation Section, ValueSet? Set, bool HasDefault)>();
            foreach (var section in switchStatement.Cases)
            {
                ValueSet? set = ValueSet.Empty;
                var hasDefault = false;
                foreach (var clause in section.Clauses)
                {
                    switch (clause)
                    {
                        case IDefaultCaseClauseOperation:
                            hasDefault = true;
                            break;
                        case ISingleValueCaseClauseOperation single
                            when Constants.TryGetInt(single.Value.WithoutImplicitConversions().ConstantValue.Value, out var value):
                            set = set?.Union(ValueSet.Range(value, value));
                            break;
                        case IPatternCaseClauseOperation { Guard: null } patternClause
                            when StatusCondition.ArmSet(patternClause.Pattern, switchStatement.Value) is { } armSet:
                            set = set?.Union(armSet);
                            break;
                        default:
                            set = null; // a guard or an unknown pattern: no narrowing for this section
                            break;
                    }
                }

                if (set != null && !hasDefault)
                {
                    covered = covered.Union(set);
                }

                sections.Add((section, set, hasDefault));
            }

            var anyDefault = false;
            foreach (var (section, set, hasDefault) in sections)
            {
                var sectionState = state;
                if (onStatus)
                {
                    var admitted = hasDefault ? covered.Complement() : set ?? ValueSet.All;
                    sectionState = state.Inform(admitted, switchStatement.Value.WithoutImplicitConversions());
                }

                anyDefault |= hasDefault;
                State? current = sectionState;
                foreach (var statement in section.Body)
                {
                    current = Walk(statement, current.Value);
                    if (current == null)
                    {
                        break;
                    }
                }
            }

            _switchExits.Remove(switchStatement.ExitLabel);
            State? result = null;
            foreach (var exit in exits)
            {
                result = State.Join(result, exit);
            }

            if (!anyDefault)
            {
                var fallThrough = onStatus
                    ? state.Inform(covered.Complement(), switchStatement.Value.WithoutImplicitConversions())
                    : state;
                result = State.Join(result, fallThrough);
            }

            return result;
        }
    }
}
