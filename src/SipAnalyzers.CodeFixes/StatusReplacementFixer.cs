using Microsoft.CodeAnalysis;
using SipAnalyzers.Diagnostics;
using System.Collections.Generic;

namespace SipAnalyzers.CodeFixes
{
    /// <summary>
    /// A fix that replaces a status with another code's member, keeping the expression's type (SIP2009: 202 becomes 200,
    /// SIP2011: 600/603 become 486). The analyzer puts the replacement in the diagnostic's properties
    /// (<c>ExpressionReplacement</c>); behaviour changes on purpose, which the title says.
    /// </summary>
    public abstract class StatusReplacementFixer : SipCodeFixProvider
    {
        /// <summary>The action's equivalence key.</summary>
        protected abstract string Key { get; }

        /// <summary>The action's title for the replacement as written (<c>SIPResponseStatusCodesEnum.Ok</c>).</summary>
        protected abstract string Title(string display);

        protected sealed override IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.Display, out var display) && display != null)
            {
                yield return (Title(display), Key);
            }
        }

        protected sealed override bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits)
            => key == Key && FixSyntax.TryReplaceExpression(root, diagnostic, edits);
    }
}
