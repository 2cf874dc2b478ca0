using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using System.Collections.Immutable;
using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2001: a retry (re-dial, failover to the next gateway, a new branch) reachable after a 6xx Global Failure
    /// (RFC 3261 sections 21.6 and 16.7). A 600/603 retry that honours Retry-After, a 606 retried with another offer,
    /// REGISTER refreshes, in-dialog requests and loops over different callees are left alone (the rule page says why).
    /// </summary>
    internal static class SIP2001_GlobalFailureRetry
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.GlobalFailureRetry,
            title: SipResources.Title(DiagnosticIds.GlobalFailureRetry),
            messageFormat: SipResources.Message(DiagnosticIds.GlobalFailureRetry),
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.GlobalFailureRetry),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.GlobalFailureRetry));


        /// <summary>A REGISTER sent again after a 6xx: nothing searches for a callee, but the request has been refused everywhere.</summary>
        public static readonly DiagnosticDescriptor Registration = Descriptor.Variant(SipResources.Message(DiagnosticIds.GlobalFailureRetry, nameof(Registration)));

        private static readonly ValueSet GlobalFailures = ValueSet.Range(600, 699);

        private static readonly ValueSet NotDeclineOrBusyEverywhere = ValueSet.Range(600, 600).Union(ValueSet.Range(603, 603)).Complement();

        private static readonly ValueSet NotNotAcceptable = ValueSet.Range(606, 606).Complement();

        public static Diagnostic? Check(RetryContext retry)
        {
            var site = retry.Site;
            var point = retry.Point;
            var send = retry.Send;
            var method = retry.Method;
            if (send != null && (RetryNames.IsInDialog(send.TargetMethod.Name) || method is "UPDATE" or "INFO" or "BYE" or "PRACK" or "NOTIFY"))
            {
                return null; // a 6xx to a re-INVITE or UPDATE ends that attempt to change the session, not the call
            }

            var register = retry.Registers;

            // foreach (var lead in campaign.Leads): each round calls someone else; that is not a failover.
            if (site.Loop is IForEachLoopOperation forEach
                && (RetryNames.IsCalleeCollection(forEach.Collection.Syntax.ToString()) || forEach.Locals.Any(l => RetryNames.IsCalleeCollection(l.Name))))
            {
                return null;
            }

            var reaching = point.Admitted.Intersect(GlobalFailures);
            if (reaching.IsEmpty)
            {
                return null;
            }

            // Honouring Retry-After makes a later 600/603 retry legitimate (RFC 3261 section 20.33); a 606 may be
            // retried with a different offer (section 21.6.4).
            if (retry.Facts.ReadsRetryAfter)
            {
                reaching = reaching.Intersect(NotDeclineOrBusyEverywhere);
            }

            if (retry.Facts.ChangesOffer)
            {
                reaching = reaching.Intersect(NotNotAcceptable);
            }

            var codes = SipStatusRegistry.All.Where(i => i.Code >= 600 && reaching.Contains(i.Code)).ToList();
            if (codes.Count == 0)
            {
                return null;
            }

            var which = reaching.SetEquals(GlobalFailures)
                ? (object)Fragments.AnyGlobalFailure(string.Join(", ", codes.Select(c => c.Code)))
                : string.Join(", ", codes.Select(c => c.Title));
            // The fix guards loops with 'break'; a continue inside a switch section would only break the switch.
            var properties = ImmutableDictionary<string, string?>.Empty;
            var guard = point.NextIteration ? FixProperties.GuardAtEndOfLoop
                : point.At is IBranchOperation { BranchKind: BranchKind.Continue } && !InsideSwitch(point.At) ? FixProperties.GuardBeforeStatement
                : null;
            // The guard needs the status as a value: not the response object a predicate like resp.IsFinal() tested.
            if (guard != null && retry.Sip.GeneratedPredicates != null && point.StatusOperand is { } operand && StatusCondition.IsStatusValue(operand))
            {
                properties = properties.Add(FixProperties.Status, GuardArgument(retry.Sip, operand)).Add(FixProperties.Guard, guard);
            }

            return Diagnostic.Create(
                register ? Registration : Descriptor,
                point.At.Syntax.GetLocation(),
                properties,
                retry.Describe(register ? Fragments.ContinueRegistersAgain : Fragments.ContinueMovesOn),
                which);
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

        /// <summary>The method a request built in the send's arguments names: <c>ExecuteAsync(new ClientRequest { Method = "REGISTER" })</c>.</summary>
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
    }
}
