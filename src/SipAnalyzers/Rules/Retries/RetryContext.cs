using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using System.Collections.Generic;
using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>One retry point with what the retry rules need to judge it.</summary>
    internal sealed class RetryContext
    {
        public RetryContext(SipCompilationContext sip, RetrySite site, RetryPoint point)
        {
            Sip = sip;
            Site = site;
            Point = point;
            Send = site.SendAt(point);
            Method = Send == null ? null : RequestMethod(Send);
            Registers = site.HandlesRegistration || (Send != null && (RetryNames.IsRegister(Send.TargetMethod.Name) || Method == "REGISTER"));
            Codes = SipStatusRegistry.All
                .Where(i => point.Admitted.Contains(i.Code) && !(Registers && NotForRegister.Contains(i.Code)))
                .Select(i => i.Code).ToList();
        }

        public SipCompilationContext Sip { get; }

        public RetrySite Site { get; }

        public RetryPoint Point { get; }

        /// <summary>The call that sends again (null for a retry policy).</summary>
        public IInvocationOperation? Send { get; }

        /// <summary>The method the send sets on the request it builds (<c>Method = "REGISTER"</c>), or null.</summary>
        public string? Method { get; }

        /// <summary>The retry registers again: a registration failure handler, a send named Register*, a REGISTER built here.</summary>
        public bool Registers { get; }

        /// <summary>
        /// A REGISTER is outside any dialog, carries no offer, is not cancelled in practice and reaches no callee:
        /// 481, 486, 487 and 488 do not answer it, so the messages do not list them.
        /// </summary>
        private static readonly int[] NotForRegister = { 481, 486, 487, 488 };

        /// <summary>The registered codes that can reach the retry, ascending.</summary>
        public List<int> Codes { get; }

        public LoopFacts Facts => Site.Facts;

        /// <summary>
        /// Something counts the attempts and can stop them: a counter in the loop's condition, in a test that leaves the
        /// loop, or in a test on the way to this retry.
        /// </summary>
        public bool Counted => Facts.HasCounter || Facts.CountsOnTheWayTo(Point.At, Site.Scope);

        /// <summary>Where a finding goes: the statement that retries.</summary>
        public Location Location => Point.At.Syntax.GetLocation();

        /// <summary>Only request failures reach it: the code handles specific 4xx responses, not "anything but 200".</summary>
        public bool OnlyRequestFailures => Codes.All(c => c >= 400 && c <= 499);

        public static string Titles(IEnumerable<int> codes) => string.Join(", ", codes.Select(c => SipStatusRegistry.Find(c)!.Title));

        /// <summary>The retrying statement, as the messages start: "This continue sends again", "This retry policy retries".</summary>
        public LocalizedText Retry => Describe(Fragments.ContinueSendsAgain);

        /// <summary>The retrying statement, with where its statuses come from when no test of the code's own says it.</summary>
        public LocalizedText Describe(LocalizedText continueText)
            => (Point.Origin ?? (ReachedByUnnamedStatuses ? Site.Evidence : null)) is { } evidence
                ? Fragments.WithEvidence(Subject(continueText), evidence)
                : Subject(continueText);

        /// <summary>Statuses the code never names reach the retry: only the stack's evidence explains them.</summary>
        private bool ReachedByUnnamedStatuses => Site.Evidence != null && !Point.Admitted.Intersect(Facts.NamedStatuses.Complement()).IsEmpty;

        private LocalizedText Subject(LocalizedText continueText) => Point.At switch
        {
            IBranchOperation { BranchKind: BranchKind.Continue } => continueText,
            IBranchOperation => Fragments.GotoSendsAgain,
            IAnonymousFunctionOperation => Fragments.PolicyRetries,
            IInvocationOperation invocation when Site.Shape == RetryShape.Timer => Site.TickedBy is { } callback
                ? Fragments.TimerCallsAgain(callback, invocation.TargetMethod.Name)
                : Fragments.TimerLambdaCallsAgain(Site.TimerCreatedIn!, invocation.TargetMethod.Name),
            IInvocationOperation invocation when Point.NextIteration => Fragments.LoopCallsAgain(invocation.TargetMethod.Name),
            IInvocationOperation invocation => Fragments.CallSendsAgain(invocation.TargetMethod.Name),
            _ => Fragments.Retries,
        };

        private static string? RequestMethod(IInvocationOperation send)
        {
            foreach (var argument in send.Arguments)
            {
                foreach (var node in OperationWalk.DescendantsAndSelf(argument.Value))
                {
                    if (node is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Method" }, Value.ConstantValue.Value: string name })
                    {
                        return name;
                    }
                }
            }

            return null;
        }
    }
}
