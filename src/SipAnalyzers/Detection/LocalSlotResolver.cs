using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// Decides which locals of one method body are status slots: a local is a slot only if it is written at least
    /// once and every write reads a slot (<c>var code = resp.StatusCode;</c>). One walk over the body collects the
    /// writes, done only when a local is first asked about. Nothing crosses method boundaries.
    /// </summary>
    internal sealed class LocalSlotResolver
    {
        private readonly SipCompilationContext _context;
        private readonly IOperation _root;
        private readonly object _gate = new object();
        private Dictionary<ILocalSymbol, List<IOperation?>>? _writes;
        private readonly Dictionary<ILocalSymbol, SlotInfo> _answers = new Dictionary<ILocalSymbol, SlotInfo>(SymbolEqualityComparer.Default);

        public LocalSlotResolver(SipCompilationContext context, IOperation root)
        {
            _context = context;
            _root = root;
        }

        /// <summary>The local's slot info: that of the slot it reads (so a fix keeps the stack's enum), or NotASlot.</summary>
        public SlotInfo GetSlot(ILocalSymbol local)
        {
            lock (_gate)
            {
                _writes ??= CollectWrites(_root);
                return IsSlotLocked(local);
            }
        }

        private SlotInfo IsSlotLocked(ILocalSymbol local)
        {
            if (_answers.TryGetValue(local, out var known))
            {
                return known;
            }

            _answers[local] = SlotInfo.NotASlot; // cycle guard: a = b; b = a;
            SlotInfo? result = null;
            if (_writes!.TryGetValue(local, out var values))
            {
                foreach (var value in values)
                {
                    var read = value == null ? SlotInfo.NotASlot : ReadsSlot(value);
                    if (!read.IsSlot)
                    {
                        result = SlotInfo.NotASlot;
                        break;
                    }

                    result ??= read;
                }
            }

            result ??= SlotInfo.NotASlot;
            _answers[local] = result;
            return result;
        }

        private SlotInfo ReadsSlot(IOperation value)
        {
            var inner = value;
            while (inner is IConversionOperation conversion)
            {
                inner = conversion.Operand;
            }

            // var a = resp.StatusCode; var b = a;  (b reads a slot through a)
            if (inner is ILocalReferenceOperation other)
            {
                return IsSlotLocked(other.Local);
            }

            return _context.TryGetSlot(value, out var target) ? target.Info : SlotInfo.NotASlot;
        }

        private static Dictionary<ILocalSymbol, List<IOperation?>> CollectWrites(IOperation root)
        {
            var writes = new Dictionary<ILocalSymbol, List<IOperation?>>(SymbolEqualityComparer.Default);

            void Add(ILocalSymbol local, IOperation? value)
            {
                if (!writes.TryGetValue(local, out var list))
                {
                    writes[local] = list = new List<IOperation?>();
                }

                list.Add(value);
            }

            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when declarator.Initializer != null:
                        Add(declarator.Symbol, declarator.Initializer.Value);
                        break;
                    case IVariableDeclaratorOperation declarator when declarator.Parent is IVariableDeclarationOperation { Initializer: { } shared }:
                        Add(declarator.Symbol, shared.Value);
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                        Add(target.Local, assignment.Value);
                        break;
                    case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target }:
                        Add(target.Local, null);
                        break;
                    case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target }:
                        Add(target.Local, null);
                        break;
                    case IDeconstructionAssignmentOperation deconstruction:
                        foreach (var local in deconstruction.Target.DescendantsAndSelf())
                        {
                            if (local is ILocalReferenceOperation reference)
                            {
                                Add(reference.Local, null);
                            }
                        }

                        break;
                    case IArgumentOperation { Value: ILocalReferenceOperation byRef } argument
                        when argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref:
                        Add(byRef.Local, null);
                        break;
                    case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared }:
                        Add(declared.Local, null); // out var x
                        break;
                    case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol patternLocal }:
                        Add(patternLocal, null);
                        break;
                    case IForEachLoopOperation loop:
                        foreach (var local in loop.Locals)
                        {
                            Add(local, null);
                        }

                        break;
                    case IForLoopOperation:
                    case IUsingOperation:
                        break;
                }
            }

            return writes;
        }
    }
}
