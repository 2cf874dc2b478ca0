using Microsoft.CodeAnalysis;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// A diagnostic on a constant status whose fix replaces it with another code, keeping the expression's type
    /// (<c>E.Decline</c> becomes <c>E.BusyHere</c>, a literal an
    /// <c>(int)E.Member</c>). Shared by SIP2009 and SIP2011; the fixer reads <see cref="ExpressionReplacement"/>'s properties.
    /// </summary>
    internal static class StatusReplacement
    {
        /// <param name="at">
        /// Where the diagnostic goes when the status was written away from the call (<c>prm.statusCode = ...</c>
        /// before <c>call.hangup(prm)</c>): the driver keeps a callback's diagnostics local to the operation it analyzes,
        /// so it goes on the call's argument and the status becomes the fix's additional location.
        /// </param>
        public static Diagnostic Diagnostic(SipCompilationContext sip, DiagnosticDescriptor descriptor, IOperation status, IOperation? at, int replacement, params object[] arguments)
        {
            var preferred = status.Type as INamedTypeSymbol;
            if (!ExpressionReplacement.TryCreate(sip, status, replacement, preferred != null && sip.IsStatusEnum(preferred) ? preferred : null, out var fix))
            {
                return Microsoft.CodeAnalysis.Diagnostic.Create(descriptor, (at ?? status).Syntax.GetLocation(), arguments);
            }

            return at == null
                ? Microsoft.CodeAnalysis.Diagnostic.Create(descriptor, fix.Syntax.GetLocation(), fix.Properties, arguments)
                : Microsoft.CodeAnalysis.Diagnostic.Create(descriptor, at.Syntax.GetLocation(), new[] { fix.Syntax.GetLocation() }, fix.Properties, arguments);
        }
    }
}
