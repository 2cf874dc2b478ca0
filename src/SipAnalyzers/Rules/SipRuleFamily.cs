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
    /// Generated code never reaches a family: <see cref="SipAnalyzer"/> drops it in the one callback per operation kind,
    /// before any family's own checks.
    /// </remarks>
    internal abstract class SipRuleFamily
    {
        public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

        /// <summary>Registers the family's callbacks; called only for compilations with something SIP in them.</summary>
        internal abstract void Register(SipRegistration context, SipCompilationContext sip);
    }
}
