using Microsoft.CodeAnalysis;
using System;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// <c>foreach (var operation in OperationWalk.Descendants(body))</c>: the operations under a root in the order of
    /// Roslyn's <c>Descendants()</c> (pre-order, children in source order), without its iterator. Every send loop's body
    /// is searched for its first send, and Roslyn's iterator costs an object per walk and two interface calls per
    /// operation. The stack is reused per thread; a walk nested in another on the same thread takes its own.
    /// </summary>
    internal static class OperationWalk
    {
        [ThreadStatic]
        private static Stack<IOperation>? t_spareStack;

        public static Walk Descendants(IOperation root) => new Walk(root, includeSelf: false);

        public static Walk DescendantsAndSelf(IOperation root) => new Walk(root, includeSelf: true);

        public readonly struct Walk
        {
            private readonly IOperation _root;
            private readonly bool _includeSelf;

            public Walk(IOperation root, bool includeSelf)
            {
                _root = root;
                _includeSelf = includeSelf;
            }

            public Enumerator GetEnumerator() => new Enumerator(_root, _includeSelf);
        }

        public struct Enumerator : IDisposable
        {
            private Stack<IOperation>? _stack;

            public Enumerator(IOperation root, bool includeSelf)
            {
                _stack = t_spareStack ?? new Stack<IOperation>();
                t_spareStack = null;
                Current = root;
                if (includeSelf)
                {
                    _stack.Push(root);
                }
                else
                {
                    PushChildren(root);
                }
            }

            public IOperation Current { get; private set; }

            public bool MoveNext()
            {
                if (_stack == null || _stack.Count == 0)
                {
                    return false;
                }

                Current = _stack.Pop();
                PushChildren(Current);
                return true;
            }

            public void Dispose()
            {
                if (_stack != null)
                {
                    _stack.Clear();
                    t_spareStack = _stack;
                    _stack = null;
                }
            }

            // Children pushed last to first, so the first child is popped (visited) first.
            private void PushChildren(IOperation operation)
            {
                foreach (var child in operation.ChildOperations.Reverse())
                {
                    _stack!.Push(child);
                }
            }
        }
    }
}
