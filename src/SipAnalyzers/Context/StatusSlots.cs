using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Detection;
using SipAnalyzers.Stacks;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SipAnalyzers.Context
{
    /// <summary>
    /// Which members, parameters, methods (their returns) and locals hold a SIP status, by symbol: a stack's status
    /// member, a configured or attributed symbol, or a status name on a SIP type (two signals); a local only when every
    /// write to it reads a slot. Answers are cached per symbol.
    /// </summary>
    internal sealed partial class StatusSlots
    {
        private readonly SipCompilationContext _sip;
        // Keyed by reference: the compiler hands out one public symbol object per symbol, and reference hashing is far
        // cheaper than SymbolEqualityComparer; an equal but distinct object is only computed again.
        private readonly ConcurrentDictionary<ISymbol, SlotInfo> _slots = new ConcurrentDictionary<ISymbol, SlotInfo>(ReferenceComparer.Instance);
        private readonly ConcurrentDictionary<ISymbol, SlotInfo> _locals = new ConcurrentDictionary<ISymbol, SlotInfo>(ReferenceComparer.Instance);
        private readonly ConcurrentDictionary<ISymbol, TypeFacts> _typeFacts = new ConcurrentDictionary<ISymbol, TypeFacts>(ReferenceComparer.Instance);
        private readonly ConcurrentDictionary<INamespaceSymbol, (bool OtherProtocol, bool Sip)> _namespaceFacts =
            new ConcurrentDictionary<INamespaceSymbol, (bool OtherProtocol, bool Sip)>(SymbolEqualityComparer.Default);

        public StatusSlots(SipCompilationContext sip) => _sip = sip;

        /// <summary>Name facts about a type and its namespace, computed once per type for all its members.</summary>
        private sealed class TypeFacts
        {
            public bool OtherProtocol;
            public bool Sip;
            public bool Telephony;
            public bool Response;
        }

        /// <summary>Whether a property, field, parameter or method (its return value) holds a SIP status.</summary>
        public SlotInfo GetSlot(ISymbol symbol)
        {
            // Most symbols reaching here are List<int>.Add's 'item' or TimeSpan's 'value': their name alone rules them
            // out, before any cache lookup, unless configuration or the attribute could make any name a slot.
            if (!SipNames.MayBeStatusName(symbol.Name) && _sip.Configured.HasNoStatusSymbols
                && !(_sip.AttributeDeclared && IsInSource(symbol)))
            {
                return SlotInfo.NotASlot;
            }

            return _slots.TryGetValue(symbol, out var known) ? known : _slots.GetOrAdd(symbol, Compute(symbol));
        }

        /// <summary>
        /// The integer argument of a delegate that answers with a status: <c>_host.SendIngressResponseAsync(request, ep,
        /// transport, 481, "...")</c> through a <c>Func&lt;..., int, string, Task&gt;</c>. A delegate's parameters have no
        /// names to read, so two signals stand in: the delegate's own name sends or reads a response (no other protocol's
        /// word), in SIP code; and the integer is the only one it takes, so there is no doubt which argument is the status.
        /// </summary>
        public SlotInfo GetDelegateArgumentSlot(IInvocationOperation invocation, IParameterSymbol parameter)
        {
            ISymbol? holder = invocation.Instance?.WithoutImplicitConversions() switch
            {
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                IParameterReferenceOperation delegateParameter => delegateParameter.Parameter,
                ILocalReferenceOperation local => local.Local,
                _ => null,
            };
            if (holder == null || !Constants.IsIntegral(parameter.Type)
                || !SipNames.HasResponseMethodWord(holder.Name) || SipNames.HasOtherProtocolWord(holder.Name))
            {
                return SlotInfo.NotASlot;
            }

            var integers = 0;
            foreach (var candidate in invocation.TargetMethod.Parameters)
            {
                integers += Constants.IsIntegral(candidate.Type) ? 1 : 0;
            }

            var owner = holder.ContainingType ?? holder.ContainingSymbol?.ContainingType;
            return integers == 1 && (SipNames.HasSipWord(holder.Name) || IsSipCode(owner)) ? new SlotInfo(true, null, null) : SlotInfo.NotASlot;
        }

        /// <summary>
        /// The expression (implicit conversions removed) is a status slot: SIP-enum typed, an int status member,
        /// parameter or method, an enum status converted to int, or a local every assignment of which reads a slot.
        /// </summary>
        public bool TryGetSlot(IOperation? operation, out SlotTarget target)
        {
            target = default;
            if (operation == null)
            {
                return false;
            }

            var written = operation.WithoutImplicitConversions();
            var current = written;
            while (true)
            {
                if (current.Type is INamedTypeSymbol namedType && _sip.IsStatusEnum(namedType))
                {
                    // resp.Status is an enum slot; (int)resp.Status an int slot whose fix uses the enum it came from.
                    var slotEnum = current == written ? namedType : null;
                    target = new SlotTarget(slotEnum, new SlotInfo(true, namedType, null), written);
                    return true;
                }

                if (current.Kind == OperationKind.Conversion)
                {
                    current = ((IConversionOperation)current).Operand;
                    continue;
                }

                break;
            }

            if (current.Kind == OperationKind.Invalid)
            {
                // A member of a type that does not resolve here (a missing package): its name and the code around it decide.
                if (!IsUnresolvedStatus(current))
                {
                    return false;
                }

                target = new SlotTarget(null, SlotInfo.Unresolved, written);
                return true;
            }

            if (!Constants.IsIntegral(current.Type) && !(current.Kind == OperationKind.Invocation && IsTaskOfIntegral(current.Type)))
            {
                return false;
            }

            // Kinds, not interface patterns: most operands are decided by their kind alone.
            SlotInfo info;
            switch (current.Kind)
            {
                case OperationKind.PropertyReference when current is IPropertyReferenceOperation { Property.Name: "Value", Instance: { } nullable }
                                                          && nullable.Type?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T:
                    return TryGetSlot(nullable, out target); // entry.StatusCode.Value reads entry.StatusCode
                case OperationKind.PropertyReference: info = GetSlot(((IPropertyReferenceOperation)current).Property); break;
                case OperationKind.FieldReference: info = GetSlot(((IFieldReferenceOperation)current).Field); break;
                case OperationKind.ParameterReference: info = GetSlot(((IParameterReferenceOperation)current).Parameter); break;
                case OperationKind.Invocation: info = GetSlot(((IInvocationOperation)current).TargetMethod); break;
                case OperationKind.LocalReference:
                    var local = (ILocalReferenceOperation)current;
                    info = GetLocalSlot(local);
                    if (!info.IsSlot)
                    {
                        info = GetSlot(local.Local); // named like a status in SIP code
                    }

                    break;
                case OperationKind.ConditionalAccess:
                    return TryGetSlot(((IConditionalAccessOperation)current).WhenNotNull, out target);
                case OperationKind.Await:
                    // int code = await SendInviteAsync(gw): the awaited method's Task<int> result is the slot.
                    return TryGetSlot(((IAwaitOperation)current).Operation, out target);
                case OperationKind.Coalesce:
                    return TryGetSlot(((ICoalesceOperation)current).Value, out target);
                default:
                    return false;
            }

            if (!info.IsSlot)
            {
                return false;
            }

            target = new SlotTarget(null, info, written);
            return true;
        }

        /// <summary>
        /// A local's answer: most locals compared with a number are declared from a number, an expression or a loop,
        /// which their declaration shows with no walk and no cache entry; the others are computed once (walking the
        /// method body) and cached.
        /// </summary>
        private SlotInfo GetLocalSlot(ILocalReferenceOperation reference)
        {
            if (LocalSlotResolver.IsDeclaredFromNonSlot(reference.Local))
            {
                return SlotInfo.NotASlot;
            }

            if (_locals.TryGetValue(reference.Local, out var known))
            {
                return known;
            }

            var root = (IOperation)reference;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            return _locals.GetOrAdd(reference.Local, new LocalSlotResolver(_sip, root).GetSlot(reference.Local));
        }

        /// <summary>Task&lt;int&gt; or ValueTask&lt;int&gt;: what an async method that returns a status is declared to return.</summary>
        private static bool IsTaskOfIntegral(ITypeSymbol? type)
            => type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1, Name: "Task" or "ValueTask" } task
               && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks" && Constants.IsIntegral(task.TypeArguments[0]);

        private static bool IsInSource(ISymbol symbol)
        {
            var owner = symbol is IParameterSymbol ? symbol.ContainingSymbol : symbol;
            return owner?.Locations.Length > 0 && owner.Locations[0].IsInSource;
        }

        private SlotInfo Compute(ISymbol symbol)
        {
            ITypeSymbol? type;
            switch (symbol)
            {
                case IPropertySymbol p: type = p.Type; break;
                case IFieldSymbol f: type = f.Type; break;
                case IParameterSymbol p: type = p.Type; break;
                case IMethodSymbol m: type = m.ReturnType; break;
                case ILocalSymbol l: return Constants.IsIntegral(l.Type) && IsStatusLocalByName(l) ? new SlotInfo(true, null, null) : SlotInfo.NotASlot;
                default: return SlotInfo.NotASlot;
            }

            if (!Constants.IsIntegral(type) && !(symbol is IMethodSymbol && IsTaskOfIntegral(type)))
            {
                return SlotInfo.NotASlot;
            }

            var definition = symbol.OriginalDefinition;
            if (_sip.Configured.IsExcluded(definition))
            {
                return SlotInfo.NotASlot;
            }

            if (StackKnowledge.StatusMember(definition) is { } stackMember)
            {
                var stackEnum = stackMember.StatusEnum == null ? null : _sip.Stacks.Type(stackMember.StatusEnum);
                return new SlotInfo(true, stackEnum, FindTwin(definition));
            }

            if (_sip.Configured.IsStatusSymbol(definition) || ConfiguredSymbols.HasSipStatusCodeAttribute(definition))
            {
                return new SlotInfo(true, null, FindTwin(definition));
            }

            if (IsStatusByName(definition))
            {
                return new SlotInfo(true, null, FindTwin(definition));
            }

            return definition is IParameterSymbol parameter && FedAStatusByItsCallers(parameter) ? new SlotInfo(true, null, null) : SlotInfo.NotASlot;
        }

        /// <summary>
        /// <c>result.Response.StatusCode</c> where the types do not resolve: two signals must agree, a status name on the
        /// member (strong names only: StatusCode, ResponseCode, ...) and SIP around it (the containing type or namespace),
        /// with no other protocol's word in the expression.
        /// </summary>
        private bool IsUnresolvedStatus(IOperation invalid)
        {
            if (invalid.Syntax is not Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access
                || !(SipNames.IsStrongStatusName(access.Name.Identifier.ValueText)
                     || (SipNames.IsWeakStatusName(access.Name.Identifier.ValueText) && NamesAResponse(access.Expression)))
                || SipNames.HasOtherProtocolWord(access.ToString())
                || invalid.SemanticModel?.GetEnclosingSymbol(invalid.Syntax.SpanStart) is not { } enclosing
                || (enclosing as INamedTypeSymbol ?? enclosing.ContainingType) is not { } type)
            {
                return false;
            }

            var facts = Facts(type);
            return facts.Sip && !facts.OtherProtocol;
        }

        /// <summary>Code written in a SIP type or namespace (a SIP word in its type's or namespace's name).</summary>
        public bool IsSipCode(ISymbol? containing)
            => (containing as INamedTypeSymbol ?? containing?.ContainingType) is { } type && Facts(type) is { Sip: true, OtherProtocol: false };

        /// <summary><c>resp</c>, <c>finalResponse</c>, <c>e.Reply</c>: the last name of an expression says it is a response.</summary>
        private static bool NamesAResponse(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax expression)
            => expression switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax name => SipNames.NamesAResponse(name.Identifier.ValueText),
                Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member => SipNames.NamesAResponse(member.Name.Identifier.ValueText),
                _ => false,
            };

        /// <summary>
        /// A local that the flow does not make a slot, named like a status (strong names only) inside a SIP type or a
        /// method with a SIP word: <c>var statusCode = accepted ? 202 : 603;</c> in a stack's own transaction code.
        /// </summary>
        private bool IsStatusLocalByName(ILocalSymbol local)
        {
            if (!SipNames.IsStrongStatusName(local.Name) || SipNames.HasOtherProtocolWord(local.Name)
                || local.ContainingSymbol is not IMethodSymbol method || method.ContainingType is not { } type)
            {
                return false;
            }

            var facts = Facts(type);
            return !facts.OtherProtocol && (facts.Sip || SipNames.HasSipWord(method.Name));
        }

        private bool IsStatusByName(ISymbol symbol)
        {
            // Name-only verdicts first: most symbols reaching here (a 'code' parameter of Process(...)) are decided
            // without the type's facts, which read its members and namespace.
            var name = symbol.Name;
            var method = symbol as IMethodSymbol ?? symbol.ContainingSymbol as IMethodSymbol;
            var strong = SipNames.IsStrongStatusName(name);
            if (!strong && !SipNames.IsWeakStatusName(name))
            {
                return false;
            }

            if (!strong && symbol is IParameterSymbol && (method == null || !(SipNames.HasResponseMethodWord(method.Name) || SipNames.IsAboutAStatus(method.Name))))
            {
                return false; // a weak name is a status parameter only of Reject(int code)-like methods, or of DescribeStatusCode(int code)
            }

            var type = symbol.ContainingType ?? method?.ContainingType;
            var facts = type == null ? new TypeFacts() : Facts(type);
            if (facts.OtherProtocol || SipNames.HasOtherProtocolWord(name)
                || (method != null && !ReferenceEquals(method, symbol) && SipNames.HasOtherProtocolWord(method.Name)))
            {
                return false;
            }

            var sipContext = facts.Sip || SipNames.HasSipWord(name) || (method != null && SipNames.HasSipWord(method.Name));
            if (strong)
            {
                // OnCallFailed(int statusCode) in a softphone: a strong name plus a telephony word is enough.
                return sipContext || facts.Telephony || (method != null && SipNames.HasTelephonyWord(method.Name));
            }

            if (symbol is IParameterSymbol)
            {
                // Reject(int code) on a SIP call type.
                return sipContext;
            }

            // SipResponse.Code, SIPReply.Status (int-typed).
            return facts.Sip && facts.Response;
        }

        private TypeFacts Facts(INamedTypeSymbol type)
        {
            if (_typeFacts.TryGetValue(type, out var known))
            {
                return known;
            }

            var (otherProtocolNamespace, sipNamespace) = NamespaceFacts(type.ContainingNamespace);
            var facts = new TypeFacts
            {
                OtherProtocol = otherProtocolNamespace || SipNames.HasOtherProtocolWord(type.Name),
                Sip = sipNamespace || SipNames.HasSipWord(type.Name) || HasStatusEnumMember(type),
                Telephony = SipNames.HasTelephonyWord(type.Name),
                Response = SipNames.HasResponseWord(type.Name),
            };
            return _typeFacts.GetOrAdd(type, facts);
        }

        /// <summary>Other-protocol and SIP words in a namespace's name, once per namespace (many types share one).</summary>
        private (bool OtherProtocol, bool Sip) NamespaceFacts(INamespaceSymbol? ns)
        {
            if (ns == null || ns.IsGlobalNamespace)
            {
                return (false, false);
            }

            if (_namespaceFacts.TryGetValue(ns, out var known))
            {
                return known;
            }

            var name = ns.ToDisplayString();
            return _namespaceFacts.GetOrAdd(ns, (SipNames.HasOtherProtocolWord(name), SipNames.HasSipWord(name)));
        }

        private bool HasStatusEnumMember(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol p && _sip.IsStatusEnum(p.Type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An enum-typed status property beside an int status member, for the second code action.</summary>
        private ISymbol? FindTwin(ISymbol symbol)
        {
            if (symbol is not IPropertySymbol and not IFieldSymbol || symbol.ContainingType == null)
            {
                return null;
            }

            for (var type = symbol.ContainingType; type != null; type = type.BaseType)
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, GetMethod: not null } p && _sip.IsStatusEnum(p.Type))
                    {
                        return p;
                    }
                }
            }

            return null;
        }

        private sealed class ReferenceComparer : IEqualityComparer<ISymbol>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public bool Equals(ISymbol? x, ISymbol? y) => ReferenceEquals(x, y);

            public int GetHashCode(ISymbol obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
