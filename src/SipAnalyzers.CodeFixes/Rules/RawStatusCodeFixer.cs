using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Rules;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP1001: replaces the literal with the enum member the analyzer chose (keeping the slot's type: <c>(int)</c> for
    /// an int slot), or, as a second action, compares the enum-typed twin member instead (<c>resp.Status == X.BusyHere</c>).
    /// Both preserve behaviour for every integer: the member's value is the literal's.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RawStatusCodeFixer)), Shared]
    public sealed class RawStatusCodeFixer : CodeFixProvider
    {
        public const string UseMemberKey = "SIP1001.UseEnumMember";
        public const string UseTwinKey = "SIP1001.UseEnumTypedMember";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RawStatusCode);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var properties = diagnostic.Properties;
                if (!properties.TryGetValue(RawStatusCodeAnalyzer.EnumKey, out var enumName) || enumName == null
                    || !properties.TryGetValue(RawStatusCodeAnalyzer.MemberKey, out var member) || member == null
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
                {
                    continue;
                }

                var intCast = properties.ContainsKey(RawStatusCodeAnalyzer.IntCastKey) && properties[RawStatusCodeAnalyzer.IntCastKey] == "true";
                var shortEnum = ShortName(enumName);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + (intCast ? "(int)" : string.Empty) + shortEnum + "." + member,
                        ct => UseMemberAsync(context.Document, literal, enumName, member, intCast, properties, ct),
                        UseMemberKey),
                    diagnostic);

                if (properties.TryGetValue(RawStatusCodeAnalyzer.TwinKey, out var twin) && twin != null
                    && properties.TryGetValue(RawStatusCodeAnalyzer.TwinEnumKey, out var twinEnum) && twinEnum != null
                    && properties.TryGetValue(RawStatusCodeAnalyzer.TwinMemberKey, out var twinMember) && twinMember != null
                    && TwinComparison(literal) is { } comparison)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Compare " + twin + " with " + ShortName(twinEnum) + "." + twinMember,
                            ct => UseTwinAsync(context.Document, literal, comparison, twin, twinEnum, twinMember, ct),
                            UseTwinKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> UseMemberAsync(Document document, LiteralExpressionSyntax literal, string enumName, string member,
            bool intCast, ImmutableDictionary<string, string?> properties, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            SyntaxNode target = literal;
            ExpressionSyntax replacement = FixSyntax.EnumMember(enumName, member);
            if (properties.TryGetValue(RawStatusCodeAnalyzer.ReplaceCastKey, out var replaceCast) && replaceCast == "true"
                && EnclosingCast(literal) is { } cast)
            {
                target = cast; // (SIPResponseStatusCodesEnum)486 -> SIPResponseStatusCodesEnum.BusyHere
            }
            else if (intCast)
            {
                replacement = FixSyntax.IntCast(replacement);
                if (literal.Parent is ConstantPatternSyntax or RelationalPatternSyntax)
                {
                    // 'x is (int)E.M' would parse as a parenthesized type pattern.
                    replacement = SyntaxFactory.ParenthesizedExpression(replacement);
                }
            }

            return document.WithSyntaxRoot(root.ReplaceNode(target, replacement.WithTriviaFrom(target)));
        }

        private static async Task<Document> UseTwinAsync(Document document, LiteralExpressionSyntax literal, ExpressionSyntax member,
            string twin, string twinEnum, string twinMember, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            ExpressionSyntax newMember = member switch
            {
                MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(twin).WithTriviaFrom(access.Name)),
                _ => SyntaxFactory.IdentifierName(twin).WithTriviaFrom(member),
            };

            var newLiteral = FixSyntax.EnumMember(twinEnum, twinMember).WithTriviaFrom(literal);
            var newRoot = root.ReplaceNodes(new SyntaxNode[] { member, literal }, (original, _) => original == literal ? newLiteral : newMember);
            return document.WithSyntaxRoot(newRoot);
        }

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
