using Microsoft.CodeAnalysis;
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
    /// Retry hygiene in send loops, from one walk per loop shared by three rules: SIP2004
    /// (<see cref="AuthRetryRule"/>), SIP2005 (<see cref="RetryAfterRule"/>) and SIP2006 (<see cref="IntervalRetryRule"/>).
    /// Each judges a retry point by the statuses that reach it, read from the conditions on the way (as SIP2001 does),
    /// and by what the loop body does (<see cref="LoopFacts"/>): counts attempts, reads headers, waits at random,
    /// changes the request.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RetryLoopAnalyzer : SipAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnboundedOrUnchangedRetry, Descriptors.RetryIgnoresRetryAfter, Descriptors.IntervalOrGlareRetry);

        private protected override void Register(CompilationStartAnalysisContext context, SipCompilationContext sip)
        {
            context.RegisterOperationAction(c => AnalyzeLoop(c, sip), OperationKind.Loop);
        }

        private static void AnalyzeLoop(OperationAnalysisContext context, SipCompilationContext sip)
        {
            var loop = (ILoopOperation)context.Operation;
            if (RetryFlow.ForLoop(sip, loop) is not { Send: { } send } sendLoop || IsGenerated(context, sip))
            {
                return;
            }

            LoopFacts? facts = null;
            foreach (var point in sendLoop.Points)
            {
                if (point.StatusOperand == null)
                {
                    continue; // no status test on the way: nothing is known about the status
                }

                var codes = SipStatusRegistry.All.Where(i => point.Admitted.Contains(i.Code)).Select(i => i.Code).ToList();
                if (codes.Count == 0)
                {
                    continue;
                }

                facts ??= LoopFacts.Collect(sip, loop.Body, loop);
                var retry = new RetryContext(sip, loop, send, point, codes, facts);
                var location = point.At.Syntax.GetLocation();
                var unchanged = AuthRetryRule.Check(retry);
                if (unchanged != null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnboundedOrUnchangedRetry, location, unchanged));
                }
                else if (RetryAfterRule.Check(retry) is { } retryAfter)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.RetryIgnoresRetryAfter, location, retryAfter));
                }

                if (IntervalRetryRule.Check(retry) is { } interval)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.IntervalOrGlareRetry, location, interval));
                }
            }
        }
    }

    /// <summary>One retry point with what the rules need to judge it.</summary>
    internal sealed class RetryContext
    {
        public RetryContext(SipCompilationContext sip, ILoopOperation loop, IInvocationOperation send, RetryPoint point, List<int> codes, LoopFacts facts)
        {
            Sip = sip;
            Loop = loop;
            Send = send;
            Point = point;
            Codes = codes;
            Facts = facts;
        }

        public SipCompilationContext Sip { get; }

        public ILoopOperation Loop { get; }

        /// <summary>The call that sends again.</summary>
        public IInvocationOperation Send { get; }

        public RetryPoint Point { get; }

        /// <summary>The registered codes that can reach the retry, ascending.</summary>
        public List<int> Codes { get; }

        public LoopFacts Facts { get; }

        /// <summary>Only request failures reach it: the code handles specific 4xx responses, not "anything but 200".</summary>
        public bool OnlyRequestFailures => Codes.All(c => c >= 400 && c <= 499);

        public static string Titles(IEnumerable<int> codes) => string.Join(", ", codes.Select(c => SipStatusRegistry.Find(c)!.Title));

        public string Retry => Point.At is IBranchOperation ? "This continue sends again" : "The loop calls " + Send.TargetMethod.Name + " again";
    }
}
