using Microsoft.CodeAnalysis;

namespace SipAnalyzers.Detection
{
    /// <summary>A statement that re-issues a request, and the statuses for which control reaches it.</summary>
    internal readonly struct RetryPoint
    {
        public RetryPoint(IOperation at, ValueSet admitted, IOperation? statusOperand, bool nextIteration, bool informed, bool uninformed = false, Diagnostics.LocalizedText? origin = null)
        {
            Origin = origin;
            At = at;
            Admitted = admitted;
            StatusOperand = statusOperand;
            NextIteration = nextIteration;
            Informed = informed;
            Uninformed = uninformed;
        }

        /// <summary>The <c>continue</c>, the backward <c>goto</c>, the re-send call (for a loop that simply goes round again).</summary>
        public IOperation At { get; }

        /// <summary>Statuses that may reach it on the informed paths (an over-approximation; only status tests on the way narrow it).</summary>
        public ValueSet Admitted { get; }

        /// <summary>The status expression the path tested (for the fix's guard).</summary>
        public IOperation? StatusOperand { get; }

        /// <summary>The loop body falls through into its next iteration, where <see cref="At"/> sends again.</summary>
        public bool NextIteration { get; }

        /// <summary>
        /// Something on the path says which statuses get here: a status test, or a <c>catch</c> of an exception that
        /// carries a failed request's status. Without it nothing is known, and the rules stay silent.
        /// </summary>
        public bool Informed { get; }

        /// <summary>A path on which nothing said which statuses get here reaches it too.</summary>
        public bool Uninformed { get; }

        /// <summary>The same point, reached only by those of its statuses that are in <paramref name="statuses"/>.</summary>
        public RetryPoint Within(ValueSet statuses)
            => new RetryPoint(At, Admitted.Intersect(statuses), StatusOperand, NextIteration, Informed, Uninformed, Origin);

        /// <summary>Where the statuses come from when no test of the code's own says it (a status-carrying catch), for the message.</summary>
        public Diagnostics.LocalizedText? Origin { get; }
    }
}
