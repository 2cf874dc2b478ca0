using Microsoft.CodeAnalysis;
using System;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Stacks;
using System.Collections.Immutable;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// Response handling. SIP2002 (<see cref="SIP2002_ProvisionalTreatedAsFinal"/>): handlers that treat 1xx as final. Responses the
    /// code sends with a constant status (<see cref="ResponseSite"/>), judged against what is known of the request there
    /// (<see cref="RequestMethods"/>): SIP2007 (<see cref="SIP2007_RegistrarGlobalFailure"/>), SIP2009
    /// (<see cref="SIP2009_DeprecatedAccepted"/>) and SIP2011 (<see cref="SIP2011_GlobalReject"/>); and responses whose status is
    /// copied from a downstream response, SIP2012 (<see cref="SIP2012_RelayedServiceUnavailable"/>). One invocation callback,
    /// filtered by the method's name before anything else.
    /// </summary>
    internal sealed class ResponseRules : SipRuleFamily
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(SIP2002_ProvisionalTreatedAsFinal.Descriptor, SIP2002_ProvisionalTreatedAsFinal.ElseBranch, SIP2007_RegistrarGlobalFailure.Descriptor, SIP2008_ProvisionalToNonInvite.Descriptor, SIP2008_ProvisionalToNonInvite.Timeout, SIP2008_ProvisionalToNonInvite.Forwarded,
                SIP2009_DeprecatedAccepted.Descriptor, SIP2011_GlobalReject.Descriptor, SIP2012_RelayedServiceUnavailable.Descriptor);

        internal override void Register(SipRegistration context, SipCompilationContext sip)
        {
            context.RegisterOperationAction(c => AnalyzeCall(c, sip), OperationKind.Invocation);

            // SIP2002 reads whole response handlers: a method or a lambda, named for receiving responses, taking one.
            context.RegisterOperationAction(c => AnalyzeHandler(c, sip), OperationKind.MethodBody, OperationKind.AnonymousFunction);
        }

        private static void AnalyzeHandler(in OperationAnalysisContext context, SipCompilationContext sip)
        {
            // The name first: Parameters makes a new array on each read.
            var (body, parameters, evidence) = context.Operation switch
            {
                IMethodBodyOperation { BlockBody: { } block } when context.ContainingSymbol is IMethodSymbol method
                    && (method.IsOverride ? StackKnowledge.CallbackDelivery(method) : ResponseDelivery.Unknown) is var delivery
                    && SeesEveryResponse(delivery, method.Name)
                    => ((IOperation)block, method.Parameters, Evidence(delivery, method.Name, callback: true)),
                IAnonymousFunctionOperation lambda when OperationHelpers.SubscribedEvent(lambda) is { } subscribed
                    && StackKnowledge.Delivery(subscribed) is var eventDelivery
                    && SeesEveryResponse(eventDelivery, subscribed.Name)
                    => (lambda.Body, lambda.Symbol.Parameters, Evidence(eventDelivery, subscribed.Name, callback: false)),
                _ => (null, ImmutableArray<IParameterSymbol>.Empty, (LocalizedText?)null),
            };

            if (body != null && evidence != null && parameters.Length > 0)
            {
                SIP2002_ProvisionalTreatedAsFinal.Check(sip, body, parameters, evidence, context.ReportDiagnostic);
            }
        }

        /// <summary>Why every response reaches a handler: its stack documents it, or its name says it receives responses.</summary>
        private static LocalizedText Evidence(ResponseDelivery delivery, string name, bool callback)
            => delivery != ResponseDelivery.EveryResponse ? Fragments.NameSaysItHandlesResponses(name)
                : callback ? Fragments.StackCallbackDeliversEveryResponse(name)
                : Fragments.StackEventDeliversEveryResponse(name);

        /// <summary>
        /// A handler that receives every response of a transaction, provisional ones included: what the stack's profile says
        /// its event or callback delivers, else what the handler's name says (OnResponse, ResponseReceived).
        /// </summary>
        private static bool SeesEveryResponse(ResponseDelivery delivery, string name)
            => delivery == ResponseDelivery.Unknown
                ? SIP2002_ProvisionalTreatedAsFinal.IsResponseHandlerName(name)
                : delivery == ResponseDelivery.EveryResponse;

        private static void AnalyzeCall(in OperationAnalysisContext context, SipCompilationContext sip)
        {
            var call = (IInvocationOperation)context.Operation;
            if (call.Arguments.Length == 0)
            {
                return;
            }

            if (call.TargetMethod.Name.StartsWith("Parse", StringComparison.Ordinal))
            {
                SIP2002_ProvisionalTreatedAsFinal.CheckParsed(sip, call, context.ReportDiagnostic);
                return;
            }

            if (SIP2008_ProvisionalToNonInvite.CheckForward(sip, call, context.ContainingSymbol) is { } forwarded)
            {
                context.ReportDiagnostic(forwarded);
                return;
            }

            if ((sip.CallName(call.TargetMethod.Name) & CallNameKind.MayAnswer) == 0)
            {
                return;
            }

            var any = false;
            foreach (var site in ResponseSite.Create(sip, call))
            {
                any = true;

                var report = SIP2007_RegistrarGlobalFailure.Check(site, context.ContainingSymbol)
                    ?? SIP2008_ProvisionalToNonInvite.Check(site, context.ContainingSymbol)
                    ?? SIP2009_DeprecatedAccepted.Check(sip, site, context.ContainingSymbol)
                    ?? SIP2011_GlobalReject.Check(sip, site);
                if (report != null)
                {
                    context.ReportDiagnostic(report);
                }
            }

            if (!any && SIP2012_RelayedServiceUnavailable.Check(sip, call) is { } relayed)
            {
                context.ReportDiagnostic(relayed);
            }
        }

        /// <summary>
        /// The containing method's or type's name when it says what it handles (OnRegister, RegistrarCore, HandleRefer),
        /// else null.
        /// </summary>
        internal static string? NameSaying(ISymbol containing, params string[] words)
        {
            foreach (var word in words)
            {
                if (containing.Name.IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return containing.Name;
                }

                if (containing.ContainingType is { } type && type.Name.IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return type.Name;
                }
            }

            return null;
        }
    }
}
