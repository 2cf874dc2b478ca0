using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Rules;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>
    /// SIP2001: inserts <c>if (SipStatus.IsGlobalFailure(code)) break;</c> before the <c>continue</c>, or at the end of a
    /// loop that goes round again. It changes behaviour on purpose: after a 6xx the loop stops instead of retrying.
    /// Statements are inserted, so Fix All is the document-based provider of <see cref="SipCodeFixProvider"/>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SIP2001_GlobalFailureGuardFixer)), Shared]
    public sealed class SIP2001_GlobalFailureGuardFixer : SipCodeFixProvider
    {
        public const string AddGuardKey = "SIP2001.StopOnGlobalFailure";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.GlobalFailureRetry);

        protected override IEnumerable<(string Title, string Key)> GetActions(Diagnostic diagnostic, SyntaxNode root)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.Guard, out var guard) && guard != null)
            {
                yield return (FixTitles.StopOnGlobalFailure, AddGuardKey);
            }
        }

        protected override bool TryAddEdits(SyntaxNode root, Diagnostic diagnostic, string key, Dictionary<SyntaxNode, SyntaxNode> edits)
        {
            var p = diagnostic.Properties;
            if (key != AddGuardKey || !p.TryGetValue(FixProperties.Guard, out var where) || where == null
                || !p.TryGetValue(FixProperties.Status, out var status) || status == null)
            {
                return false;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var guard = Guard(status);
            if (where == FixProperties.GuardBeforeStatement)
            {
                var statement = node.FirstAncestorOrSelf<StatementSyntax>();
                if (statement == null)
                {
                    return false;
                }

                if (statement.Parent is BlockSyntax block)
                {
                    var index = block.Statements.IndexOf(statement);
                    edits[block] = block.WithStatements(block.Statements.Insert(index, guard));
                    return true;
                }

                // if (...) continue;  ->  if (...) { guard; continue; }
                edits[statement] = SyntaxFactory.Block(guard, statement.WithoutTrivia())
                    .WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation);
                return true;
            }

            var loop = node.Ancestors().FirstOrDefault(a => a is ForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax);
            var body = loop switch
            {
                ForEachStatementSyntax forEach => forEach.Statement,
                ForStatementSyntax forLoop => forLoop.Statement,
                WhileStatementSyntax whileLoop => whileLoop.Statement,
                DoStatementSyntax doLoop => doLoop.Statement,
                _ => null,
            };
            if (body is not BlockSyntax loopBlock)
            {
                return false;
            }

            edits[loopBlock] = loopBlock.WithStatements(loopBlock.Statements.Add(guard));
            return true;
        }

        private static StatementSyntax Guard(string status)
        {
            var condition = FixSyntax.PredicateCall("IsGlobalFailure", negated: false, SyntaxFactory.ParseExpression(status));
            return SyntaxFactory.IfStatement(condition, SyntaxFactory.BreakStatement())
                .WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
