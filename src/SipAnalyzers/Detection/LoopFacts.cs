using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using System;
using System.Collections.Generic;
using SipAnalyzers.Context;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// What one pass over a send loop's body tells the retry rules (SIP2004 to SIP2006): the header names it reads,
    /// how it waits, whether something counts the attempts, and which symbols it changes (so whether the re-sent
    /// request can differ from the last one).
    /// </summary>
    internal sealed partial class LoopFacts
    {
        private readonly HashSet<ISymbol> _written = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _tested = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> _counted = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        private readonly SipCompilationContext _sip;

        private LoopFacts(SipCompilationContext sip) => _sip = sip;

        /// <summary>Reads Retry-After (a member, local, method or header string named so).</summary>
        public bool ReadsRetryAfter { get; private set; }

        /// <summary>Changes the session offer (a name with "Offer" or "Sdp"): a 606 may be retried with another offer.</summary>
        public bool ChangesOffer { get; private set; }

        /// <summary>Reads Min-Expires (423) or raises Expires from it.</summary>
        public bool ReadsMinExpires { get; private set; }

        /// <summary>Reads Min-SE or sets Session-Expires (422).</summary>
        public bool ReadsMinSessionExpires { get; private set; }

        /// <summary>Uses a random number (a <c>Random</c>, <c>Random.Shared</c>, <c>RandomNumberGenerator</c>, a jitter helper).</summary>
        public bool UsesRandom { get; private set; }

        /// <summary>Waits with a delay whose argument is not a constant (a back-off, jitter, a table, a policy's exponential delay).</summary>
        public bool HasComputedDelay { get; private set; }

        /// <summary>
        /// Waits for a time computed from the failed response (<c>Task.Delay(DelayFor(response))</c>): the helper may read
        /// its Retry-After. A back-off from a counter or a table does not: it ignores what the server said.
        /// </summary>
        public bool DelayFollowsResponse { get; private set; }

        /// <summary>Asks for new credentials each round (a method named Prompt*, Ask*, *Credential*, *Password*).</summary>
        public bool AsksForCredentials { get; private set; }

        /// <summary>Something is counted in the body and tested in a condition (<c>if (++attempts &gt; 3) break;</c>).</summary>
        public bool HasCounter { get; private set; }

        /// <summary>Calls a method named like <c>RetryForever</c>/<c>WaitAndRetryForeverAsync</c> (a policy with no bound).</summary>
        public bool RetriesForever { get; private set; }

        /// <summary>
        /// Statuses a test in the body names one by one (<c>if (resp.Status is Forbidden)</c>, <c>code == 404</c>,
        /// <c>case 481:</c>): the code knows it got them. Class and range tests name none.
        /// </summary>
        public ValueSet NamedStatuses { get; private set; } = ValueSet.Empty;

        /// <summary>
        /// One pass over a body: a loop's (with its condition and increments), or a method's, lambda's or handler's
        /// (<paramref name="loop"/> null) when SIP2001 only needs the header and offer names.
        /// </summary>
        public static LoopFacts Collect(SipCompilationContext sip, IOperation body, ILoopOperation? loop)
        {
            var facts = new LoopFacts(sip);
            foreach (var operation in OperationWalk.Descendants(body))
            {
                facts.Visit(operation);
            }

            var condition = loop == null ? null : OperationHelpers.LoopCondition(loop);
            if (condition != null)
            {
                facts.Tested(condition);
            }

            if (loop is IForLoopOperation forLoop)
            {
                foreach (var step in forLoop.AtLoopBottom)
                {
                    foreach (var operation in OperationWalk.DescendantsAndSelf(step))
                    {
                        facts.Visit(operation);
                    }
                }
            }

            foreach (var symbol in facts._counted)
            {
                if (facts._tested.Contains(symbol))
                {
                    facts.HasCounter = true;
                }
            }

            return facts;
        }

        /// <summary>
        /// The re-sent request can differ from the last one: an argument of the send refers to something the body
        /// writes (a new target, a changed request, the <c>foreach</c> variable), or is computed by a call of the
        /// application's own (<c>PickGateway()</c>: it may answer differently each time, so the rules stay silent).
        /// </summary>
        public bool ArgumentsChange(IInvocationOperation send, ILoopOperation? loop)
        {
            var loopLocals = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            if (loop is IForEachLoopOperation forEach)
            {
                foreach (var local in forEach.Locals)
                {
                    loopLocals.Add(local);
                }
            }

            var roots = new List<IOperation>();
            if (send.Instance != null)
            {
                roots.Add(send.Instance);
            }

            foreach (var argument in send.Arguments)
            {
                roots.Add(argument.Value);
            }

            foreach (var root in roots)
            {
                foreach (var operation in OperationWalk.DescendantsAndSelf(root))
                {
                    var symbol = Symbol(operation);
                    if (symbol != null && (loopLocals.Contains(symbol) || (_written.Contains(symbol) && operation != send.Instance)))
                    {
                        return true;
                    }

                    if (operation is IInvocationOperation { TargetMethod.ContainingNamespace: var ns } && !IsSystem(ns))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private void Visit(IOperation operation)
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation assignment:
                    Written(assignment.Target);
                    if (assignment.Value.ConstantValue.Value is bool)
                    {
                        Counted(assignment.Target); // authRetried = true; ... if (authRetried) break;
                    }

                    break;
                case ICompoundAssignmentOperation compound:
                    Written(compound.Target);
                    Counted(compound.Target);
                    break;
                case IIncrementOrDecrementOperation increment:
                    Written(increment.Target);
                    Counted(increment.Target);
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, RightOperand.ConstantValue.Value: 1 } step:
                    Counted(step.LeftOperand); // DialAsync(number, attempt + 1): a recursion that counts
                    break;
                case ICatchClauseOperation { Filter: { } filter }:
                    Tested(filter); // catch (SipException) when (attempt < maxAttempts): the filter bounds the retries
                    break;
                case IConditionalOperation conditional:
                    // A counter bounds the retries only where its test can end them: a branch that leaves (return,
                    // break, throw) or sets a flag. `if (corrections < max) { corrections++; continue; }` bounds
                    // something else and lets failures go round for ever.
                    if (CanEndTheLoop(conditional.WhenTrue) || CanEndTheLoop(conditional.WhenFalse))
                    {
                        Tested(conditional.Condition);
                    }

                    Named(StatusCondition.Evaluate(_sip, conditional.Condition).WhenTrue);
                    break;
                case ISingleValueCaseClauseOperation single when Constants.TryGetInt(single.Value.WithoutImplicitConversions().ConstantValue.Value, out var value)
                                                                   && single.Parent?.Parent is ISwitchOperation { Value: var switched } && _sip.TryGetSlot(switched, out _):
                    NamedStatuses = NamedStatuses.Union(ValueSet.Range(value, value));
                    break;
                case IInvocationOperation invocation:
                    Name(invocation.TargetMethod.Name);
                    RetriesForever |= Contains(invocation.TargetMethod.Name, "forever");
                    // Task.Delay(backoff), Thread.Sleep(ms * n); a policy's sleep duration: n => TimeSpan.FromSeconds(Math.Pow(2, n)).
                    if ((invocation.TargetMethod.Name is "Delay" or "Sleep" || invocation.TargetMethod.ContainingType?.Name == "TimeSpan")
                        && invocation.Arguments.Length > 0 && !invocation.Arguments[0].Value.ConstantValue.HasValue
                        && !IsConstantTimeSpan(invocation.Arguments[0].Value))
                    {
                        HasComputedDelay = true;
                        DelayFollowsResponse |= ReadsAResponse(invocation.Arguments[0].Value);
                    }

                    if (invocation.TargetMethod.ContainingType?.Name is "Random" or "RandomNumberGenerator")
                    {
                        UsesRandom = true;
                    }

                    // A call on the request changes it (req.AddHeader(...), request.Header.Add(...)); sending through
                    // a trunk or user agent does not change where the next send goes.
                    if (invocation.Instance != null && Symbol(Root(invocation.Instance)) is { } receiver && !_sip.IsSendMethod(invocation.TargetMethod))
                    {
                        _written.Add(receiver);
                    }

                    break;
                case IPropertyReferenceOperation property:
                    Name(property.Property.Name);
                    break;
                case IFieldReferenceOperation field when !_sip.IsStatusEnum(field.Field.ContainingType):
                    Name(field.Field.Name); // not SipStatusCode.SessionIntervalTooSmall: naming the status reads no header
                    break;
                case ILocalReferenceOperation local:
                    Name(local.Local.Name);
                    break;
                case IParameterReferenceOperation parameter:
                    Name(parameter.Parameter.Name); // RefreshAsync(offer, sessionExpires): a recursion that passes a new interval
                    break;
                case ILiteralOperation { ConstantValue.Value: string text }:
                    Name(text.Replace("-", string.Empty));
                    break;
            }
        }

        /// <summary>A test true for a few single statuses (not a class or range) names them.</summary>
        private void Named(ValueSet whenTrue)
        {
            if (whenTrue.Count <= 4)
            {
                NamedStatuses = NamedStatuses.Union(whenTrue);
            }
        }

        private void Name(string name)
        {
            ReadsRetryAfter |= Contains(name, "retryafter");
            ChangesOffer |= Contains(name, "offer") || Contains(name, "sdp");
            ReadsMinExpires |= Contains(name, "minexpires");
            ReadsMinSessionExpires |= Contains(name, "minse") || Contains(name, "sessionexpires") || Contains(name, "sessioninterval");
            UsesRandom |= Contains(name, "random") || Contains(name, "jitter");
            HasComputedDelay |= Contains(name, "exponential") || Contains(name, "linear"); // DelayBackoffType.Exponential
            AsksForCredentials |= Contains(name, "prompt") || Contains(name, "credential") || Contains(name, "password") || name.StartsWith("Ask", StringComparison.Ordinal);
        }

        private static bool Contains(string name, string word) => name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

        private void Written(IOperation target)
        {
            if (Symbol(Root(target)) is { } symbol)
            {
                _written.Add(symbol);
            }
        }

        private void Counted(IOperation target)
        {
            if (Symbol(target) is { } symbol)
            {
                _counted.Add(symbol);
            }
        }

        private void Tested(IOperation condition)
        {
            switch (condition)
            {
                case IBinaryOperation logical when OptionalBounds.IsOffByDefault(logical):
                    return; // MaxRetries > 0 && failures > MaxRetries, with MaxRetries 0 unless configured: no bound by default
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical:
                    Tested(logical.LeftOperand);
                    Tested(logical.RightOperand);
                    return;
            }

            foreach (var operation in OperationWalk.DescendantsAndSelf(condition))
            {
                if (Symbol(operation) is { } symbol)
                {
                    _tested.Add(symbol);
                }
            }
        }

        /// <summary><c>request.Header.To</c> -> <c>request</c>.</summary>
        private static IOperation Root(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IPropertyReferenceOperation { Instance: { } instance }:
                        operation = instance;
                        continue;
                    case IFieldReferenceOperation { Instance: { } instance }:
                        operation = instance;
                        continue;
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        continue;
                    default:
                        return operation;
                }
            }
        }

        private static ISymbol? Symbol(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property => property.Property,
            _ => null,
        };

        private static bool IsSystem(INamespaceSymbol? ns)
        {
            while (ns != null && !ns.IsGlobalNamespace && ns.ContainingNamespace is { IsGlobalNamespace: false } outer)
            {
                ns = outer;
            }

            return ns != null && ns.Name == "System";
        }

        private static bool IsConstantTimeSpan(IOperation argument)
            => argument is IInvocationOperation { TargetMethod.ContainingType.Name: "TimeSpan" } fromX
               && fromX.Arguments.Length == 1 && fromX.Arguments[0].Value.ConstantValue.HasValue;

        /// <summary>A value computed from something that carries a status (a response, a status-carrying exception).</summary>
        private bool ReadsAResponse(IOperation value)
        {
            foreach (var operation in OperationWalk.DescendantsAndSelf(value))
            {
                if (operation is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
                    && _sip.CarriesStatus(operation.Type))
                {
                    return true;
                }
            }

            return false;
        }

    }
}
