using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP1005: replaces an HTTP status that reaches a SIP status with the SIP member of the same value, offered only
    /// where SIP registers the number with the same meaning, so behaviour is kept (same value, same type).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SIP1005_HttpStatusFixer)), Shared]
    public sealed class SIP1005_HttpStatusFixer : SipCodeFixProvider
    {
        public const string UseSipMemberKey = "SIP1005.UseSipMember";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.HttpStatusAsSip);

        protected override IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.Display, out var display) && display != null)
            {
                yield return (FixTitles.Use(display), UseSipMemberKey);
            }
        }

        protected override bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits)
            => key == UseSipMemberKey && FixSyntax.TryReplaceExpression(root, diagnostic, edits);
    }
}
