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
    /// SIP1001: replaces the literal with the enum member the analyzer chose (keeping the slot's type: <c>(int)</c> for
    /// an int slot), or, as a second action, compares the enum-typed twin member instead (<c>resp.Status == X.BusyHere</c>).
    /// Both preserve behaviour for every integer: the member's value is the literal's.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SIP1001_RawStatusCodeFixer)), Shared]
    public sealed class SIP1001_RawStatusCodeFixer : SipCodeFixProvider
    {
        public const string UseMemberKey = "SIP1001.UseEnumMember";
        public const string UseTwinKey = "SIP1001.UseEnumTypedMember";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RawStatusCode);

        /// <inheritdoc/>
        protected override bool IsAlternativeKey(string key) => key == UseTwinKey;

        protected override IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root)
        {
            var p = diagnostic.Properties;
            if (Get(p, FixProperties.Enum) is { } enumName && Get(p, FixProperties.Member) is { } member)
            {
                var cast = Get(p, FixProperties.IntCast) == "true" ? "(int)" : string.Empty;
                yield return (FixTitles.Use(cast + ShortName(enumName) + "." + member), UseMemberKey);
            }

            if (Get(p, FixProperties.Twin) is { } twin && Get(p, FixProperties.TwinEnum) is { } twinEnum
                && Get(p, FixProperties.TwinMember) is { } twinMember)
            {
                yield return (FixTitles.CompareWith(twin, ShortName(twinEnum) + "." + twinMember), UseTwinKey);
            }
        }

        protected override bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits)
        {
            var p = diagnostic.Properties;
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
            {
                return false;
            }

            if (key == UseMemberKey && Get(p, FixProperties.Enum) is { } enumName && Get(p, FixProperties.Member) is { } member)
            {
                SyntaxNode target = literal;
                var replacement = FixSyntax.EnumMember(enumName, member);
                if (Get(p, FixProperties.ReplaceCast) == "true" && EnclosingCast(literal) is { } cast)
                {
                    target = cast; // (E)486 -> E.BusyHere
                }
                else if (Get(p, FixProperties.IntCast) == "true")
                {
                    replacement = FixSyntax.IntCast(replacement);
                }

                edits[target] = replacement.WithTriviaFrom(target);
                return true;
            }

            if (key == UseTwinKey && Get(p, FixProperties.Twin) is { } twin && Get(p, FixProperties.TwinEnum) is { } twinEnum
                && Get(p, FixProperties.TwinMember) is { } twinMember && TwinComparison(literal) is { } compared)
            {
                edits[compared] = compared is MemberAccessExpressionSyntax access
                    ? access.WithName(SyntaxFactory.IdentifierName(twin).WithTriviaFrom(access.Name))
                    : SyntaxFactory.IdentifierName(twin).WithTriviaFrom(compared);
                edits[literal] = FixSyntax.EnumMember(twinEnum, twinMember).WithTriviaFrom(literal);
                return true;
            }

            return false;
        }

        private static string? Get(ImmutableDictionary<string, string?> properties, string key)
            => properties.TryGetValue(key, out var value) ? value : null;

        /// <summary>The member side of <c>x.StatusCode == 486</c> (or <c>StatusCode != 486</c> inside the type).</summary>
        private static ExpressionSyntax? TwinComparison(LiteralExpressionSyntax literal)
        {
            if (literal.Parent is not BinaryExpressionSyntax binary
                || !(binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression)))
            {
                return null;
            }

            var other = binary.Left == literal ? binary.Right : binary.Left;
            return other is MemberAccessExpressionSyntax or IdentifierNameSyntax ? other : null;
        }

        private static CastExpressionSyntax? EnclosingCast(SyntaxNode node)
        {
            var parent = node.Parent;
            while (parent is ParenthesizedExpressionSyntax)
            {
                parent = parent.Parent;
            }

            return parent as CastExpressionSyntax;
        }

        private static string ShortName(string fullyQualified)
        {
            var dot = fullyQualified.LastIndexOf('.');
            return dot < 0 ? fullyQualified.Replace("global::", string.Empty) : fullyQualified.Substring(dot + 1);
        }
    }
}
