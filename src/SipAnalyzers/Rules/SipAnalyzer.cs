using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// The analyzer behind every code rule (SIP1001-SIP1006, SIP2001-SIP2012): it hosts the rule families and registers
    /// nothing at all when the compilation has no SIP types, no configuration and no SIP-looking names.
    /// </summary>
    /// <remarks>
    /// One analyzer, not one per family: the driver loops over every operation of a method body once per analyzer that
    /// has operation callbacks, and creates a context and a timer for each callback. Six analyzers meant six loops and
    /// two callbacks for each call, field reference, method body and lambda; hosted here, the families share one loop
    /// and one callback per operation kind. (SIP9001/SIP9002 stay in <see cref="ConfigurationAnalyzer"/>: they run once
    /// per compilation and must also run where nothing is SIP.)
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SipAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The families, in the order their callbacks run for one operation.</summary>
        private static readonly SipRuleFamily[] Families =
        {
            new LiteralRules(), new RangeRules(), new SIP1004_EnumMemberDisagrees(), new SIP1005_HttpStatusAsSip(), new RetryRules(), new ResponseRules(),
        };

        /// <summary>Each family's name and rule IDs (the real-build benchmark turns the others off to time one family).</summary>
        internal static IEnumerable<(string Family, ImmutableArray<string> Ids)> FamilyIds
            => Families.Select(f => (f.GetType().Name, f.SupportedDiagnostics.Select(d => d.Id).Distinct().ToImmutableArray()));

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            Families.SelectMany(f => f.SupportedDiagnostics).ToImmutableArray();

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped here, not by the driver: with GeneratedCodeAnalysisFlags.None the driver checks every
            // reported diagnostic against the generated-code symbols of its tree, which doubled the benchmark's ratio on
            // finding-dense code. RegisterKind drops generated code before any family sees it.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var sip = SipCompilationContext.TryCreate(start.Compilation, start.Options);
                if (sip == null)
                {
                    return;
                }

                var operationActions = new Dictionary<OperationKind, List<Action<OperationAnalysisContext>>>();
                for (var i = 0; i < Families.Length; i++)
                {
                    if (!IsOff(start.Compilation, Families[i], start.CancellationToken))
                    {
                        Families[i].Register(new SipRegistration(start, operationActions), sip);
                    }
                }

                foreach (var entry in operationActions)
                {
                    RegisterKind(start, sip, entry.Key, entry.Value.ToArray());
                }
            });
        }

        /// <summary>
        /// Every rule of the family is off (severity none on the command line, in a ruleset or a global config, and no
        /// .editorconfig turns one back on for some file): the family registers nothing, as a separate analyzer whose
        /// diagnostics are all off would not run.
        /// </summary>
        private static bool IsOff(Compilation compilation, SipRuleFamily family, System.Threading.CancellationToken cancellationToken)
        {
            var options = compilation.Options;
            var provider = options.SyntaxTreeOptionsProvider;
            foreach (var descriptor in family.SupportedDiagnostics)
            {
                if (!options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var severity)
                    && (provider == null || !provider.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out severity)))
                {
                    severity = descriptor.IsEnabledByDefault ? ReportDiagnostic.Default : ReportDiagnostic.Suppress;
                }

                if (severity != ReportDiagnostic.Suppress)
                {
                    return false;
                }

                foreach (var tree in compilation.SyntaxTrees)
                {
                    if (provider != null && provider.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var treeSeverity)
                        && treeSeverity != ReportDiagnostic.Suppress)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// One driver callback per operation kind for all the families that read it. Generated code (files by name, header
        /// comment or the generated_code option, decided once per file by the driver; members of [GeneratedCode] types)
        /// goes no further: a SWIG binding of 44,000 generated lines cost 0.4 s of a 6.5 s compile when each family only
        /// looked at it after its own checks.
        /// </summary>
        private static void RegisterKind(CompilationStartAnalysisContext start, SipCompilationContext sip, OperationKind kind, Action<OperationAnalysisContext>[] actions)
        {
            start.RegisterOperationAction(c =>
            {
                if (c.IsGeneratedCode || sip.IsGeneratedType(c.ContainingSymbol?.ContainingType))
                {
                    return;
                }

                foreach (var action in actions)
                {
                    action(c);
                }
            }, kind);
        }
    }
}
