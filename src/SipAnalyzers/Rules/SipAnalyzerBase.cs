using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Detection;
using System;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// Shared start-up for every SipAnalyzers analyzer: concurrent, silent in generated code, and registering nothing
    /// at all when the compilation has no SIP types, no configuration and no SIP-looking names.
    /// </summary>
    /// <remarks>
    /// Generated code is skipped by the analyzers themselves (<see cref="IsGenerated"/>), not by the driver: with
    /// <c>GeneratedCodeAnalysisFlags.None</c> the driver checks every reported diagnostic against the generated-code
    /// symbols of its tree, which the benchmark measured as most of SipAnalyzers' cost on code with many findings.
    /// </remarks>
    public abstract class SipAnalyzerBase : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var sip = SipCompilationContext.TryCreate(start.Compilation, start.Options);
                if (sip != null)
                {
                    Register(start, sip);
                }
            });
        }

        private protected abstract void Register(CompilationStartAnalysisContext context, SipCompilationContext sip);

        /// <summary>
        /// Generated files (by name, header comment or the generated_code option; decided once per tree by the driver)
        /// and members of types marked [GeneratedCode].
        /// </summary>
        private protected static bool IsGenerated(in OperationAnalysisContext context, SipCompilationContext sip)
            => context.IsGeneratedCode || sip.IsGeneratedType(context.ContainingSymbol?.ContainingType);
    }
}
