using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SipAnalyzers.Diagnostics;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP2011: an incoming call rejected with a global 600 or 603 is rejected with 486 Busy Here instead, in the status expression's own type. Behaviour changes on purpose: that is what the title says.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SIP2011_RejectWithBusyHereFixer)), Shared]
    public sealed class SIP2011_RejectWithBusyHereFixer : SipCodeFixProvider
    {
        public const string UseBusyHereKey = "SIP2011.RejectWithBusyHere";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.GlobalReject);

        protected override IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.Display, out var display) && display != null)
            {
                yield return ("Reject with " + display + " (486 Busy Here)", UseBusyHereKey);
            }
        }

        protected override bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits)
            => key == UseBusyHereKey && FixSyntax.TryReplaceExpression(root, diagnostic, edits);
    }
}
