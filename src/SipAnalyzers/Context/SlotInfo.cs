using Microsoft.CodeAnalysis;

namespace SipAnalyzers.Context
{
    /// <summary>What detection knows about one symbol that may hold a SIP status.</summary>
    internal sealed class SlotInfo
    {
        public static readonly SlotInfo NotASlot = new SlotInfo(false, null, null);

        /// <summary>
        /// A status whose type does not resolve here (a missing package). It is compared or assigned with int literals, so
        /// it is an integer: the int fix (<c>(int)SipStatusCode.X</c>) keeps the code as it is.
        /// </summary>
        public static readonly SlotInfo Unresolved = new SlotInfo(true, null, null);

        public SlotInfo(bool isSlot, INamedTypeSymbol? preferredEnum, ISymbol? twin)
        {
            IsSlot = isSlot;
            PreferredEnum = preferredEnum;
            Twin = twin;
        }

        public bool IsSlot { get; }

        /// <summary>The enum the same API uses (the stack's own), preferred by the fix for an int slot.</summary>
        public INamedTypeSymbol? PreferredEnum { get; }

        /// <summary>An enum-typed sibling of an int member (a response's <c>Status</c> next to its <c>StatusCode</c>).</summary>
        public ISymbol? Twin { get; }
    }

    /// <summary>A status slot found at an expression: its enum type if it has one, and what the fix may use.</summary>
    internal readonly struct SlotTarget
    {
        public SlotTarget(INamedTypeSymbol? slotEnum, SlotInfo info, IOperation expression)
        {
            SlotEnum = slotEnum;
            Info = info;
            Expression = expression;
        }

        /// <summary>Set when the slot's own type is a SIP status enum; the fix then must use this enum.</summary>
        public INamedTypeSymbol? SlotEnum { get; }

        public SlotInfo Info { get; }

        /// <summary>The slot expression as written (implicit conversions removed).</summary>
        public IOperation Expression { get; }
    }
}
