using Microsoft.CodeAnalysis;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP1003: a number inside 100..699 that the registry does not list reaches a status slot (any position of
    /// SIP1001, comparisons included; class bounds such as <c>&lt;= 499</c> excluded). Called by
    /// <see cref="LiteralRules"/> for unregistered values only, so the slot search runs for few literals.
    /// </summary>
    internal static class SIP1003_UnregisteredStatusCode
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.UnregisteredStatusCode,
            title: SipResources.Title(DiagnosticIds.UnregisteredStatusCode),
            messageFormat: SipResources.Message(DiagnosticIds.UnregisteredStatusCode),
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.UnregisteredStatusCode),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnregisteredStatusCode));

        public static Diagnostic? Check(SipCompilationContext sip, IOperation literal, ISymbol containingSymbol, int value)
        {
            if (!StatusPosition.TryFind(sip, literal, containingSymbol, out var position) || position.IsRangeBound
                || CodeTables.IsDefinition(literal, value))
            {
                return null;
            }

            var (origin, treatedAs, nearest) = SipStatusRegistry.UnregisteredParts(value);
            return Diagnostic.Create(Descriptor, literal.Syntax.GetLocation(), value, origin, treatedAs, nearest);
        }
    }
}
