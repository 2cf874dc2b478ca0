using Microsoft.CodeAnalysis;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP1003: a number inside 100..699 that the registry does not list reaches a status slot (any position of
    /// SIP1001, comparisons included; class bounds such as <c>&lt;= 499</c> excluded). Called by
    /// <see cref="RawStatusCodeAnalyzer"/> for unregistered values only, so the slot search runs for few literals.
    /// </summary>
    internal static class UnregisteredStatusCodeRule
    {
        public static Diagnostic? Check(SipCompilationContext sip, IOperation literal, ISymbol containingSymbol, int value)
        {
            if (!StatusPosition.TryFind(sip, literal, containingSymbol, out var position) || position.IsRangeBound)
            {
                return null;
            }

            return Diagnostic.Create(Descriptors.UnregisteredStatusCode, literal.Syntax.GetLocation(), SipStatusRegistry.DescribeUnregistered(value));
        }
    }
}
