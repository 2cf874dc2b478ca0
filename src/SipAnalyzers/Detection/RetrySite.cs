using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using System.Collections.Generic;
using SipAnalyzers.Context;

namespace SipAnalyzers.Detection
{
    /// <summary>How code re-issues a request after a failure.</summary>
    internal enum RetryShape
    {
        /// <summary>A send loop: <c>continue</c>, or the body falling through into the next round.</summary>
        Loop,

        /// <summary>A method or local function that calls itself.</summary>
        Recursion,

        /// <summary><c>goto retry;</c> back to a label above it.</summary>
        GoTo,

        /// <summary>A send in a call-failure handler (an event lambda, <c>OnCallFailed</c>, a call-state callback).</summary>
        Handler,

        /// <summary>A retry policy's result predicate (Polly <c>HandleResult</c>): the library re-executes the same call.</summary>
        Policy,

        /// <summary>A send in the callback a periodic timer runs (a registration watchdog): each tick is another round.</summary>
        Timer,
    }

    /// <summary>
    /// One place that retries, found by one of the retry analyzer's callbacks: its shape, the body the retry rules read
    /// facts from (<see cref="LoopFacts"/>), and the points where it sends again with the statuses that reach them.
    /// SIP2001 and SIP2004 to SIP2006 all judge the same sites.
    /// </summary>
    internal sealed class RetrySite
    {
        private readonly SipCompilationContext _sip;
        private readonly IInvocationOperation? _loopSend;
        private LoopFacts? _facts;

        public RetrySite(SipCompilationContext sip, RetryShape shape, IOperation scope, ILoopOperation? loop, IInvocationOperation? loopSend, List<RetryPoint> points)
        {
            _sip = sip;
            Shape = shape;
            Scope = scope;
            Loop = loop;
            _loopSend = loopSend;
            Points = points;
        }

        public RetryShape Shape { get; }

        /// <summary>A handler of a registration's failure (RegistrationFailed, OnRegStateFailed): whatever it calls registers again.</summary>
        public bool HandlesRegistration { get; set; }

        /// <summary>Why the statuses reach it when the code tests none (a stack event that delivers failures), for the message.</summary>
        public Diagnostics.LocalizedText? Evidence { get; set; }

        /// <summary>The method a periodic timer runs (<c>new Timer(OnHealthCheck, ...)</c>), for the message; null for a lambda.</summary>
        public string? TickedBy { get; set; }

        /// <summary>The member that creates or subscribes the timer, named when its callback is a lambda.</summary>
        public string? TimerCreatedIn { get; set; }

        /// <summary>The loop body, method body, handler body, or the statement that builds a retry policy.</summary>
        public IOperation Scope { get; }

        public ILoopOperation? Loop { get; }

        public List<RetryPoint> Points { get; }

        /// <summary>What the scope reads and writes (collected once, on the first point a rule judges).</summary>
        public LoopFacts Facts => _facts ??= LoopFacts.Collect(_sip, Scope, Loop);

        /// <summary>Each round sends to the next element of a collection (<c>foreach (var gw in gateways)</c>): another target.</summary>
        public bool EachRoundHasItsOwnTarget => Loop is IForEachLoopOperation;

        /// <summary>
        /// Nothing but a counter or a flag the code keeps can stop it: a loop with no bound of its own, a recursion, a
        /// handler that fires again on the next failure, a <c>goto</c>, a policy that retries forever.
        /// </summary>
        public bool IsUnbounded => Shape switch
        {
            RetryShape.Loop => LoopFacts.IsUnbounded(_sip, Loop!),
            RetryShape.Policy => Facts.RetriesForever,
            _ => true,
        };

        /// <summary>The call that sends again at a point (null for a policy, which re-executes a delegate it was given elsewhere).</summary>
        public IInvocationOperation? SendAt(RetryPoint point) => Shape switch
        {
            RetryShape.Loop => _loopSend,
            RetryShape.GoTo => RetryNames.FirstSend(_sip, Scope),
            _ => point.At as IInvocationOperation,
        };

        /// <summary>The re-sent request can differ from the last one (a new target or a changed request).</summary>
        public bool RequestChanges(RetryPoint point)
            => EachRoundHasItsOwnTarget || (SendAt(point) is { } send && Facts.ArgumentsChange(send, Loop));
    }
}
