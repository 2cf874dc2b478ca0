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
            title: "Unregistered SIP status code",
            messageFormat: "{0} is not a registered SIP status code{1}: a client treats it as {2} (RFC 3261 section 8.1.3.2){3}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A number inside 100..699 that the IANA registry does not list reaches a SIP status (a comparison, case label, "
                + "argument, assignment, return or a cast to a status enum). You see it with codes copied from HTTP (304, 409, 411), "
                + "from RFC 2543, from one stack's private list (490 Request Updated) or mistyped (499). No peer sends it with a meaning: "
                + "RFC 3261 section 8.1.3.2 makes a client treat an unknown final code as the x00 of its class and an unknown 1xx as 183. "
                + "To fix it, use the registered code you meant; the message lists the nearest ones of the same class.",
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
