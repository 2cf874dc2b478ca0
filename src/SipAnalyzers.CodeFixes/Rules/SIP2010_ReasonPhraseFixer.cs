using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Rules;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP2010: <c>resp.ReasonPhrase == "Busy Here"</c> becomes <c>resp.Status == E.BusyHere</c>
    /// (an int status member gets <c>(int)E.Member</c>). Offered where the phrase is exactly a registered code's and the
    /// response has a status member.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SIP2010_ReasonPhraseFixer)), Shared]
    public sealed class SIP2010_ReasonPhraseFixer : SipCodeFixProvider
    {
        public const string CompareStatusKey = "SIP2010.CompareStatus";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ReasonPhraseMatch);

        protected override IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.StatusMember, out var member) && member != null)
            {
                yield return (FixTitles.CompareInsteadOfReasonPhrase(member), CompareStatusKey);
            }
        }

        protected override bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits)
        {
            var p = diagnostic.Properties;
            if (key != CompareStatusKey || !p.TryGetValue(FixProperties.Receiver, out var receiver) || receiver == null
                || !p.TryGetValue(FixProperties.StatusMember, out var statusMember) || statusMember == null
                || FixSyntax.ReplacementFor(p) is not { } member
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax comparison)
            {
                return false;
            }

            var status = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.ParseExpression(receiver), SyntaxFactory.IdentifierName(statusMember));
            var negated = p.TryGetValue(FixProperties.Negated, out var n) && n == "true";
            var replacement = SyntaxFactory.BinaryExpression(negated ? SyntaxKind.NotEqualsExpression : SyntaxKind.EqualsExpression, status, member);
            edits[comparison] = replacement.WithTriviaFrom(comparison);
            return true;
        }
    }
}
