using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Stacks;
using System;
using System.Collections.Generic;
using SipAnalyzers.Context;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// A call that answers a request with a status the code wrote as a constant: <c>Response.Create(req, Status.Decline)</c>,
    /// <c>uas.Reject(Status.BusyHere)</c>, <c>Respond(request, 202)</c>, or a stack method whose profile says its status
    /// travels in an options object (<c>prm.statusCode = ...; call.hangup(prm)</c>).
    /// </summary>
    internal readonly struct ResponseSite
    {
        private ResponseSite(IInvocationOperation call, IOperation status, int code, IOperation? reportAt = null)
        {
            Call = call;
            Status = status;
            Code = code;
            ReportAt = reportAt;
        }

        /// <summary>The call's argument that carries a status written earlier (an options object); null when the status is the argument.</summary>
        public IOperation? ReportAt { get; }

        /// <summary>Where a diagnostic goes: on the status, or on the argument that carries it.</summary>
        public Location Location => (ReportAt ?? Status).Syntax.GetLocation();

        public IInvocationOperation Call { get; }

        /// <summary>The constant status as written (the argument, or the value assigned to the options object's status member).</summary>
        public IOperation Status { get; }

        public int Code { get; }

        /// <summary>Reject, Decline, Hangup/hangup, answer, Busy: a user agent turning down or ending a call.</summary>
        public bool IsRejectApi => Has(Call.TargetMethod.Name, "reject") || Has(Call.TargetMethod.Name, "decline")
            || Has(Call.TargetMethod.Name, "hangup") || Has(Call.TargetMethod.Name, "answer") || Has(Call.TargetMethod.Name, "busy");

        /// <summary>The name says it answers a request (checked first: one string scan per invocation).</summary>
        public static bool MayAnswer(string name)
            => Has(name, "respon") || Has(name, "reply") || Has(name, "reject") || Has(name, "decline") || Has(name, "progress")
               || Has(name, "answer") || Has(name, "hangup") || Has(name, "busy");

        /// <summary>
        /// The constant statuses a call answers with: one, or one per constant a status local may hold
        /// (<c>var statusCode = accepted ? 202 : 603; Respond(request, statusCode)</c>).
        /// </summary>
        public static IEnumerable<ResponseSite> Create(SipCompilationContext sip, IInvocationOperation call)
        {
            if (TryCreate(sip, call, out var site))
            {
                yield return site;
                yield break;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue
                    && TakesAStatus(sip, parameter)
                    && argument.Value.WithoutImplicitConversions() is ILocalReferenceOperation local)
                {
                    foreach (var written in ConstantsWrittenTo(local.Local, call))
                    {
                        if (Constant(written) is { } code)
                        {
                            yield return new ResponseSite(call, written.WithoutImplicitConversions(), code, argument.Value);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// The constants a local holds at the call when it is written once, before the call, with a constant or a choice
        /// of constants (<c>?:</c>, a switch expression); nothing otherwise.
        /// </summary>
        private static IEnumerable<IOperation> ConstantsWrittenTo(ILocalSymbol local, IInvocationOperation call)
        {
            IOperation? value = null;
            var writes = 0;
            foreach (var operation in OperationWalk.Descendants(PathConditions.EnclosingBody(call)))
            {
                if (LocalSlotResolver.TryGetWrite(operation, local, out var written))
                {
                    value = written; // null for a write that cannot be followed (ref, out, ++)
                    writes++;
                }
            }

            if (writes != 1 || value == null || value.Syntax.SpanStart > call.Syntax.SpanStart)
            {
                yield break;
            }

            switch (value.WithoutImplicitConversions())
            {
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                    yield return conditional.WhenTrue;
                    yield return whenFalse;
                    break;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        yield return arm.Value;
                    }

                    break;
                case var single:
                    yield return single;
                    break;
            }
        }

        public static bool TryCreate(SipCompilationContext sip, IInvocationOperation call, out ResponseSite site)
        {
            site = default;
            foreach (var argument in call.Arguments)
            {
                var parameter = argument.Parameter;
                if (parameter == null || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (TakesAStatus(sip, parameter)
                    && Constant(argument.Value) is { } code)
                {
                    site = new ResponseSite(call, argument.Value.WithoutImplicitConversions(), code);
                    return true;
                }

                // call.Hangup(new HangupOptions { Status = Status.Decline }): an options object built in place.
                if (argument.Value.WithoutImplicitConversions() is IObjectCreationOperation { Initializer: { } initializer })
                {
                    foreach (var member in initializer.Initializers)
                    {
                        if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var initialized } } set
                            && sip.IsStatusEnum(initialized.Type) && Constant(set.Value) is { } initializedCode)
                        {
                            site = new ResponseSite(call, set.Value.WithoutImplicitConversions(), initializedCode);
                            return true;
                        }
                    }
                }

                // prm.statusCode = Status.Decline; call.hangup(prm): a stack method whose status travels in an options object.
                if (StackKnowledge.Method(call.TargetMethod) is { StatusMember: { } statusMember } known && known.StatusParameter == parameter.Name
                    && argument.Value.WithoutImplicitConversions() is ILocalReferenceOperation local
                    && AssignedStatus(sip, call, local.Local, statusMember) is { } assigned && Constant(assigned) is { } assignedCode)
                {
                    site = new ResponseSite(call, assigned, assignedCode, argument.Value);
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The status argument of an answering call when it is copied from another response's status (a proxy or B2BUA
        /// relaying <c>downstream.Status</c> upstream), or null.
        /// </summary>
        public static IOperation? CopiedStatus(SipCompilationContext sip, IInvocationOperation call)
        {
            // Relaying answers another request with the status: the call takes that request, or is made on the server side
            // that holds it (a UAS, a server transaction). A transaction re-sending its own response, or a client
            // normalizing the one it received, answers nothing.
            if (!AnswersARequest(call))
            {
                return null;
            }

            foreach (var argument in call.Arguments)
            {
                var parameter = argument.Parameter;
                if (parameter == null || argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.ConstantValue.HasValue
                    || !TakesAStatus(sip, parameter))
                {
                    continue;
                }

                var value = argument.Value.WithoutConversions();
                var (_, instance) = OperationHelpers.MemberRead(value);
                if (instance?.Type is { } type && type.Name.IndexOf("Response", StringComparison.OrdinalIgnoreCase) >= 0 && sip.TryGetSlot(value, out _))
                {
                    return argument.Value;
                }
            }

            return null;
        }

        /// <summary>A parameter a status is passed in: typed with a status enum, or an int the slots know as a status.</summary>
        private static bool TakesAStatus(SipCompilationContext sip, IParameterSymbol parameter)
            => sip.IsStatusEnum(parameter.Type) || (Constants.IsIntegral(parameter.Type) && sip.GetSlot(parameter).IsSlot);

        private static bool AnswersARequest(IInvocationOperation call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Value.WithoutConversions().Type is { } type && Has(type.Name, "request"))
                {
                    return true;
                }
            }

            var receiver = call.Instance?.Type?.Name ?? call.TargetMethod.ContainingType?.Name ?? string.Empty;
            return Has(receiver, "server") || Has(receiver, "uas");
        }

        /// <summary>The value last assigned to <c>local.member</c> (or set in its initializer) before the call.</summary>
        private static IOperation? AssignedStatus(SipCompilationContext sip, IInvocationOperation call, ILocalSymbol local, string member)
        {
            var root = PathConditions.EnclosingBody(call);

            IOperation? found = null;
            foreach (var operation in OperationWalk.Descendants(root))
            {
                if (operation.Syntax.SpanStart > call.Syntax.SpanStart)
                {
                    break;
                }

                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property, Instance: var instance } } assignment
                    && property.Name == member && (sip.IsStatusEnum(property.Type) || Constants.IsIntegral(property.Type))
                    && (instance is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local)
                        || instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }))
                {
                    found = assignment.Value.WithoutImplicitConversions();
                }
            }

            return found;
        }

        private static int? Constant(IOperation value)
            => Constants.TryGetInt(value.WithoutImplicitConversions().ConstantValue.Value, out var code)
               || Constants.TryGetInt(value.ConstantValue.Value, out code)
                ? code
                : null;

        private static bool Has(string name, string word) => name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
