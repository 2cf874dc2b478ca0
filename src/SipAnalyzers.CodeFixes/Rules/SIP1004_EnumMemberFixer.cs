using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Rules;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP1004: gives a source enum member its registered value (<c>AlternativeService = 304</c> becomes <c>= 380</c>), or,
    /// where a referenced library's wrong member is used, uses the generated enum's member instead. Both change
    /// behaviour on purpose: the old value was the bug.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SIP1004_EnumMemberFixer)), Shared]
    public sealed class SIP1004_EnumMemberFixer : SipCodeFixProvider
    {
        public const string SetValueKey = "SIP1004.SetRegisteredValue";
        public const string UseGeneratedKey = "SIP1004.UseCorrectMember";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.EnumMemberDisagrees);

        protected override IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.Value, out var value) && value != null)
            {
                yield return (FixTitles.SetRegisteredValue(value), SetValueKey);
            }
            else if (diagnostic.Properties.TryGetValue(FixProperties.Display, out var display) && display != null)
            {
                yield return (FixTitles.Use(display), UseGeneratedKey);
            }
        }

        protected override bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits)
        {
            if (key == SetValueKey)
            {
                if (!diagnostic.Properties.TryGetValue(FixProperties.Value, out var text)
                    || !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                    || root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not EnumMemberDeclarationSyntax member)
                {
                    return false;
                }

                var literal = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));
                edits[member] = member.EqualsValue is { } equals
                    ? member.WithEqualsValue(equals.WithValue(literal.WithTriviaFrom(equals.Value)))
                    : member.WithIdentifier(member.Identifier.WithoutTrivia())
                        .WithEqualsValue(SyntaxFactory.EqualsValueClause(literal)
                            .WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(member.Identifier.TrailingTrivia));
                return true;
            }

            return key == UseGeneratedKey && FixSyntax.TryReplaceExpression(root, diagnostic, edits);
        }
    }
}
