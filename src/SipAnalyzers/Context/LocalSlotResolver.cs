using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Detection;
using System.Collections.Generic;

namespace SipAnalyzers.Context
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
        private readonly Dictionary<ILocalSymbol, SlotInfo> _answers = new Dictionary<ILocalSymbol, SlotInfo>(SymbolEqualityComparer.Default);

        public LocalSlotResolver(SipCompilationContext context, IOperation root)
        {
            _context = context;
            _root = root;
        }

        /// <summary>
        /// The declaration alone shows that a local is no slot: a loop variable, an out or pattern variable (writes
        /// <see cref="TryGetWrite"/> cannot follow), or an initializer that cannot read a slot (a number, arithmetic,
        /// a new object, ?:; not an await, which may read a Task&lt;int&gt; status). One non-slot write is enough, so this agrees
        /// with the walk.
        /// </summary>
        public static bool IsDeclaredFromNonSlot(ILocalSymbol local)
        {
            var references = local.DeclaringSyntaxReferences;
            if (references.Length != 1)
            {
                return false;
            }

            switch (references[0].GetSyntax())
            {
                case ForEachStatementSyntax:
                case SingleVariableDesignationSyntax:
                    return true;
                case VariableDeclaratorSyntax { Initializer.Value: { } value }:
                    while (value is ParenthesizedExpressionSyntax parenthesized)
                    {
                        value = parenthesized.Expression;
                    }

                    // Not an element access (an indexer can be configured as a slot) nor x! (the operation is x itself).
                    return value is LiteralExpressionSyntax or PrefixUnaryExpressionSyntax
                        or BaseObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax
                        or ConditionalExpressionSyntax or InterpolatedStringExpressionSyntax
                        || value.IsKind(SyntaxKind.PostIncrementExpression) || value.IsKind(SyntaxKind.PostDecrementExpression)
                        || (value is BinaryExpressionSyntax binary && !binary.IsKind(SyntaxKind.CoalesceExpression));
                default:
                    return false;
            }
        }

        /// <summary>The local's slot info: that of the slot it reads (so a fix keeps the stack's enum), or NotASlot.</summary>
        /// <remarks>A resolver serves one query on one thread (the context caches the answers), so it needs no lock.</remarks>
        public SlotInfo GetSlot(ILocalSymbol local) => GetSlotLocked(local);

        private SlotInfo GetSlotLocked(ILocalSymbol local)
        {
            if (_answers.TryGetValue(local, out var known))
            {
                return known;
            }

            _answers[local] = SlotInfo.NotASlot; // cycle guard: a = b; b = a;
            var result = Evaluate(local);
            _answers[local] = result;
            return result;
        }

        /// <summary>
        /// Walks the body in order and stops at the first write that does not read a slot (usually the declaration:
        /// <c>var attempts = 0;</c>), so most locals cost a short walk and no allocation (<see cref="OperationWalk"/>).
        /// </summary>
        private SlotInfo Evaluate(ILocalSymbol local)
        {
            SlotInfo? result = null;
            foreach (var operation in OperationWalk.DescendantsAndSelf(_root))
            {
                if (TryGetWrite(operation, local, out var value))
                {
                    var read = value == null ? SlotInfo.NotASlot : ReadsSlot(value);
                    if (!read.IsSlot)
                    {
                        return SlotInfo.NotASlot;
                    }

                    result ??= read;
                }
            }

            return result ?? SlotInfo.NotASlot;
        }

        /// <summary>True when <paramref name="operation"/> writes <paramref name="local"/>; value is null for writes we cannot follow.</summary>
        internal static bool TryGetWrite(IOperation operation, ILocalSymbol local, out IOperation? value)
        {
            value = null;
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when Is(declarator.Symbol, local):
                    value = declarator.Initializer?.Value
                        ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                    return value != null;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when Is(target.Local, local):
                    value = assignment.Value;
                    return true;
                case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } when Is(target.Local, local):
                case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target2 } when Is(target2.Local, local):
                    return true;
                case IArgumentOperation { Value: ILocalReferenceOperation byRef } argument
                    when Is(byRef.Local, local) && argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref:
                    return true;
                case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } when Is(declared.Local, local):
                    return true; // out var x
                case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol patternLocal } when Is(patternLocal, local):
                    return true;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var part in OperationWalk.DescendantsAndSelf(deconstruction.Target))
                    {
                        if (part is ILocalReferenceOperation reference && Is(reference.Local, local))
                        {
                            return true;
                        }
                    }

                    return false;
                case IForEachLoopOperation loop:
                    foreach (var loopLocal in loop.Locals)
                    {
                        if (Is(loopLocal, local))
                        {
                            return true;
                        }
                    }

                    return false;
                default:
                    return false;
            }
        }

        private static bool Is(ILocalSymbol candidate, ILocalSymbol local) => SymbolEqualityComparer.Default.Equals(candidate, local);

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
                return GetSlotLocked(other.Local);
            }

            return _context.TryGetSlot(value, out var target) ? target.Info : SlotInfo.NotASlot;
        }
    }
}
