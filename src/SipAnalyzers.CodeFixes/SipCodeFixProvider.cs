using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SipAnalyzers.CodeFixes
{
    /// <summary>
    /// Base of every SipAnalyzers fix: a fix is a set of node replacements computed from the diagnostic alone. One
    /// fix and Fix All share that code; Fix All applies all of a document's replacements at once and adds the
    /// using directives once, so fixes that each add <c>using Sip;</c> never conflict (the batch fixer would drop them).
    /// </summary>
    public abstract class SipCodeFixProvider : CodeFixProvider
    {
        /// <summary>The actions offered for one diagnostic: title and equivalence key.</summary>
        protected abstract IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root);

        /// <summary>Adds the replacements of action <paramref name="key"/> for <paramref name="diagnostic"/>; false if none.</summary>
        protected abstract bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits);

        /// <summary>
        /// A key of an alternative action (offered after a diagnostic's first one, such as "compare the enum-typed
        /// member instead"): Fix All with it applies it only where it is offered. Any other key, none, or another
        /// fixer's key means each diagnostic's own first action.
        /// </summary>
        protected virtual bool IsAlternativeKey(string key) => false;

        public sealed override FixAllProvider GetFixAllProvider() => new FixAll(this);

        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                // A host asking about a diagnostic of another rule (dotnet format asks about the first diagnostic of the
                // analyzer, whatever its ID) gets no action from this fixer.
                if (!FixableDiagnosticIds.Contains(diagnostic.Id))
                {
                    continue;
                }

                foreach (var (title, key) in GetActions(diagnostic, root))
                {
                    var edits = new Dictionary<SyntaxNode, SyntaxNode>();
                    if (TryAddEdits(root, diagnostic, key, edits))
                    {
                        context.RegisterCodeFix(
                            CodeAction.Create(title, ct => ApplyAsync(context.Document, root, edits, ct), key),
                            diagnostic);
                    }
                }
            }
        }

        private static async Task<Document> ApplyAsync(Document document, SyntaxNode root, Dictionary<SyntaxNode, SyntaxNode> edits, CancellationToken cancellationToken)
        {
            var newRoot = root.ReplaceNodes(edits.Keys, (original, _) => edits[original]);
            return await FixSyntax.AddImportsAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
        }

        private sealed class FixAll : DocumentBasedFixAllProvider
        {
            private readonly SipCodeFixProvider _provider;

            public FixAll(SipCodeFixProvider provider) => _provider = provider;

            /// <remarks>
            /// The equivalence key decides only between a diagnostic's actions, never whether it is fixed: dotnet format
            /// takes the key from whichever diagnostic its analysis lists first (of any ID, often one this fixer has no
            /// action for, so no key at all), and a bulk run must fix the same things every time.
            /// </remarks>
            protected override async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
            {
                var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (root == null)
                {
                    return document;
                }

                var requested = context.CodeActionEquivalenceKey;
                var alternative = requested != null && _provider.IsAlternativeKey(requested);
                var edits = new Dictionary<SyntaxNode, SyntaxNode>();
                foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal))
                {
                    if (!_provider.FixableDiagnosticIds.Contains(diagnostic.Id))
                    {
                        continue;
                    }

                    var key = alternative ? requested : _provider.GetActions(diagnostic, root).Select(a => a.Key).FirstOrDefault();
                    if (key == null)
                    {
                        continue;
                    }

                    // Skip a diagnostic whose nodes another one already rewrites (nested or shared nodes).
                    var local = new Dictionary<SyntaxNode, SyntaxNode>();
                    if (_provider.TryAddEdits(root, diagnostic, key, local)
                        && !local.Keys.Any(n => edits.Keys.Any(e => e.Span.OverlapsWith(n.Span))))
                    {
                        foreach (var pair in local)
                        {
                            edits[pair.Key] = pair.Value;
                        }
                    }
                }

                return edits.Count == 0 ? document : await ApplyAsync(document, root, edits, context.CancellationToken).ConfigureAwait(false);
            }
        }
    }
}
