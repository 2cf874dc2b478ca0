using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SipAnalyzers.Diagnostics;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP2009: a 202 Accepted answering SUBSCRIBE or REFER becomes 200 OK, in the status expression's own type. Behaviour changes on purpose: that is what the title says.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SIP2009_SendOkFixer)), Shared]
    public sealed class SIP2009_SendOkFixer : SipCodeFixProvider
    {
        public const string UseOkKey = "SIP2009.SendOk";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DeprecatedAccepted);

        protected override IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.Display, out var display) && display != null)
            {
                yield return ("Send " + display + " (200 OK)", UseOkKey);
            }
        }

        protected override bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits)
            => key == UseOkKey && FixSyntax.TryReplaceExpression(root, diagnostic, edits);
    }
}
