using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using System.Collections.Immutable;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP1003: a number inside 100..699 that the registry does not list reaches a status slot (any position of
    /// SIP1001, comparisons included; class bounds such as <c>&lt;= 499</c> excluded). The value filter runs first, so
    /// only the rare unregistered literals pay for the slot search.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnregisteredStatusCodeAnalyzer : SipAnalyzerBase
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UnregisteredStatusCode);

        private protected override void Register(CompilationStartAnalysisContext context, SipCompilationContext sip)
        {
            context.RegisterOperationAction(c => AnalyzeLiteral(c, sip), OperationKind.Literal);
        }

        private static void AnalyzeLiteral(OperationAnalysisContext context, SipCompilationContext sip)
        {
            var literal = context.Operation;
            if (literal.Syntax.RawKind != (int)SyntaxKind.NumericLiteralExpression
                || literal.ConstantValue.Value is not int value || value < SipStatusRegistry.MinStatus || value > SipStatusRegistry.MaxStatus
                || SipStatusRegistry.IsRegistered(value))
            {
                return;
            }

            if (!StatusPosition.TryFind(sip, literal, context.ContainingSymbol, out var position) || position.IsRangeBound
                || IsGenerated(context, sip))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnregisteredStatusCode,
                literal.Syntax.GetLocation(),
                SipStatusRegistry.DescribeUnregistered(value)));
        }
    }
}
