using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using System.Collections.Immutable;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// A group of rules that share one search (the literal rules, the range rules, the retry rules, ...). Families are
    /// not analyzers of their own: <see cref="SipAnalyzer"/> hosts them all, so the driver walks each method body's
    /// operations once for SipAnalyzers instead of once per family, and calls one callback per operation kind.
    /// </summary>
    /// <remarks>
    /// Generated code is skipped by the families themselves (<see cref="IsGenerated"/>), not by the driver: with
    /// <c>GeneratedCodeAnalysisFlags.None</c> the driver checks every reported diagnostic against the generated-code
    /// symbols of its tree, a cost per finding that dominates on code with many findings.
    /// </remarks>
    internal abstract class SipRuleFamily
    {
        public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        /// <summary>Registers the family's callbacks; called only for compilations with something SIP in them.</summary>
        internal abstract void Register(SipRegistration context, SipCompilationContext sip);

        /// <summary>
        /// Generated files (by name, header comment or the generated_code option; decided once per tree by the driver)
        /// and members of types marked [GeneratedCode].
        /// </summary>
        private protected static bool IsGenerated(in OperationAnalysisContext context, SipCompilationContext sip)
            => context.IsGeneratedCode || sip.IsGeneratedType(context.ContainingSymbol?.ContainingType);
    }
}
