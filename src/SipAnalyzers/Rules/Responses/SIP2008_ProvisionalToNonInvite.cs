using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using SipAnalyzers.Stacks;
using System;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP2008: a provisional or 408 response sent to a request known not to be an INVITE (RFC 3261 section 8.2.6.1;
    /// RFC 4320 sections 4.1 and 4.2), and a stateful proxy forwarding responses without excluding 100 Trying (RFC 3261
    /// sections 16.7 step 5 and 21.1.1). Called by <see cref="ResponseRules"/>.
    /// </summary>
    internal static class SIP2008_ProvisionalToNonInvite
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.ProvisionalToNonInvite,
            title: SipResources.Title(DiagnosticIds.ProvisionalToNonInvite),
            messageFormat: SipResources.Message(DiagnosticIds.ProvisionalToNonInvite),
            category: DiagnosticIds.ProtocolCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.ProvisionalToNonInvite),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ProvisionalToNonInvite));

        /// <summary>408 built for a non-INVITE request.</summary>
        public static readonly DiagnosticDescriptor Timeout = Descriptor.Variant(SipResources.Message(DiagnosticIds.ProvisionalToNonInvite, nameof(Timeout)));

        /// <summary>A stateful proxy forwarding a response that may be 100 Trying.</summary>
        public static readonly DiagnosticDescriptor Forwarded = Descriptor.Variant(SipResources.Message(DiagnosticIds.ProvisionalToNonInvite, nameof(Forwarded)));

        private static readonly string[] NonInviteHandlers = { "options", "register", "message", "subscribe", "notify", "bye", "refer", "publish" };

        public static Diagnostic? Check(ResponseSite site, ISymbol containing)
        {
            var code = site.Code;
            if (!(code >= 100 && code <= 199) && code != 408)
            {
                return null;
            }

            if (code == 408 && ResponseRules.NameSaying(containing, "timeout", "timedout", "expire") != null)
            {
                return null; // the stack's own timeout handling builds a 408 locally (RFC 3261 section 8.1.3.1)
            }

            var methods = RequestMethods.At(site.Call);
            object? method = methods.Excludes("INVITE") ? methods.Single ?? (object)Fragments.NonInviteRequest
                : methods.IsAny && ResponseRules.NameSaying(containing, "invite") == null && !ReportsOnASubscription(containing)
                  && ResponseRules.NameSaying(containing, NonInviteHandlers) is { } handler
                    ? Handled(handler)
                : null;
            if (method == null)
            {
                return null;
            }

            var title = SipStatusRegistry.Find(code)?.Title ?? code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Diagnostic.Create(code == 408 ? Timeout : Descriptor, site.Location, title, method);
        }

        /// <summary>
        /// A stateful proxy's <c>Forward(response)</c> on a path that lets 100 Trying through; or a proxy's response handler
        /// sending on the response it received (<c>SendResponse(response)</c> in <c>ReceivedResponse(..., response)</c>) after
        /// tests on its status that still let 100 through (<c>if (response.IsFinal()) ... else SendResponse(response)</c>).
        /// </summary>
        public static Diagnostic? CheckForward(SipCompilationContext sip, IInvocationOperation call, ISymbol containing)
        {
            // Every call of the compilation comes here: the cached name test first, the type's name only for the few that pass.
            var kind = sip.CallName(call.TargetMethod.Name);
            if ((kind & (CallNameKind.Forward | CallNameKind.MayAnswer)) == 0)
            {
                return null;
            }

            var typeName = containing.ContainingType?.Name ?? string.Empty;
            var stateful = typeName.IndexOf("stateful", StringComparison.OrdinalIgnoreCase) >= 0;
            var proxy = stateful || (typeName.IndexOf("proxy", StringComparison.OrdinalIgnoreCase) >= 0
                                     && typeName.IndexOf("stateless", StringComparison.OrdinalIgnoreCase) < 0);
            if (!proxy)
            {
                return null;
            }

            foreach (var argument in call.Arguments)
            {
                var value = argument.Value.WithoutImplicitConversions();
                if (value.Type is not INamedTypeSymbol type || value is IObjectCreationOperation or IInvocationOperation)
                {
                    continue; // a response built here, not one being forwarded
                }

                var forwarded = (kind & CallNameKind.Forward) != 0 && stateful && type.Name.IndexOf("Response", StringComparison.OrdinalIgnoreCase) >= 0;
                var relayed = value is IParameterReferenceOperation parameter && sip.CarriesStatus(type)
                              && call.TargetMethod.Name.IndexOf("Send", StringComparison.OrdinalIgnoreCase) >= 0 // not a notification of the application
                              && !DeliveredFinal(sip, call, parameter.Parameter);
                if (!forwarded && !relayed)
                {
                    continue;
                }

                var admitted = PathStatuses.At(sip, call, value);
                if (StatusOf(sip, call, value) is { } status)
                {
                    admitted = admitted.Intersect(PathStatuses.At(sip, call, status));
                }

                // A received response sent on: only where the code tested its status and still let 100 through.
                if (admitted.Contains(100) && (forwarded || !admitted.SetEquals(ValueSet.All)))
                {
                    return Diagnostic.Create(Forwarded, value.Syntax.GetLocation(), value.Syntax.ToString());
                }
            }

            return null;
        }

        /// <summary>
        /// The response parameter belongs to a handler of a stack event that never delivers a provisional response
        /// (<c>UACInviteTransactionFinalResponseReceived</c>), as a lambda or as a method subscribed in its type.
        /// </summary>
        private static bool DeliveredFinal(SipCompilationContext sip, IOperation call, IParameterSymbol response)
        {
            var delivery = response.ContainingSymbol switch
            {
                IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } => PathConditions.EnclosingBody(call) is IAnonymousFunctionOperation lambda
                    && OperationHelpers.SubscribedEvent(lambda) is { } subscribed ? StackKnowledge.Delivery(subscribed) : ResponseDelivery.Unknown,
                IMethodSymbol { IsOverride: true } method => StackKnowledge.CallbackDelivery(method),
                IMethodSymbol method => HandlerEvents.SubscribedDelivery(sip, method, call).Delivery,
                _ => ResponseDelivery.Unknown,
            };

            return delivery is ResponseDelivery.FinalOnly or ResponseDelivery.FailuresOnly or ResponseDelivery.SuccessOnly;
        }

        /// <summary>A status read of the same response in the enclosing body (<c>resp.StatusCode</c>), to key the path's tests on.</summary>
        private static IOperation? StatusOf(SipCompilationContext sip, IOperation call, IOperation response)
        {
            var symbol = response is ILocalReferenceOperation or IParameterReferenceOperation ? OperationHelpers.NamedSymbol(response) : null;
            if (symbol == null)
            {
                return null;
            }

            foreach (var operation in OperationWalk.Descendants(PathConditions.EnclosingBody(call)))
            {
                if (operation is IPropertyReferenceOperation { Instance: { } instance } property
                    && SymbolEqualityComparer.Default.Equals(OperationHelpers.NamedSymbol(instance), symbol)
                    && sip.TryGetSlot(property, out _))
                {
                    return property;
                }
            }

            return null;
        }

        /// <summary>
        /// A subscription's notifier (a REFER's implicit subscription, RFC 3515 section 2.4.5) reports the referred call's
        /// progress as sipfrag statuses in its NOTIFYs: 100 and 180 there are not responses to the REFER.
        /// </summary>
        private static bool ReportsOnASubscription(ISymbol containing)
            => ResponseRules.NameSaying(containing, "subscription", "notifier", "sipfrag") != null;

        private static string Handled(string handler)
        {
            foreach (var method in NonInviteHandlers)
            {
                if (handler.IndexOf(method, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return method.ToUpperInvariant() + " (" + handler + ")";
                }
            }

            return handler;
        }
    }
}
