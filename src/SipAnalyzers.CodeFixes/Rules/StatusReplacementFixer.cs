using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP2009 (202 to SUBSCRIBE/REFER becomes 200 OK) and SIP2011 (a global 600/603 reject becomes 486 Busy Here): the
    /// status expression is replaced with the other code's member, keeping its type. Behaviour changes on purpose: that
    /// is what the title says.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StatusReplacementFixer)), Shared]
    public sealed class StatusReplacementFixer : SipCodeFixProvider
    {
        public const string UseOkKey = "SIP2009.SendOk";
        public const string UseBusyHereKey = "SIP2011.RejectWithBusyHere";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.DeprecatedAccepted, DiagnosticIds.GlobalReject);

        protected override IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root)
        {
            if (diagnostic.Properties.TryGetValue(ExpressionReplacement.DisplayKey, out var display) && display != null)
            {
                yield return diagnostic.Id == DiagnosticIds.DeprecatedAccepted
                    ? ("Send " + display + " (200 OK)", UseOkKey)
                    : ("Reject with " + display + " (486 Busy Here)", UseBusyHereKey);
            }
        }

        protected override bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits)
            => (key == UseOkKey || key == UseBusyHereKey) && FixSyntax.TryReplaceExpression(root, diagnostic, edits);
    }
}
