using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Detection;
using System;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// Shared start-up for every SipAnalyzers analyzer: concurrent, silent in generated code, and registering nothing
    /// at all when the compilation has no SIP types, no configuration and no SIP-looking names.
    /// </summary>
    public abstract class SipAnalyzerBase : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
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
    }
}
