using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using System;
using System.Collections.Generic;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// What a <see cref="SipRuleFamily"/> registers with: operation callbacks are collected per kind and handed to the
    /// driver as one callback per kind (<see cref="SipAnalyzer"/>); everything else goes straight to the driver.
    /// </summary>
    internal sealed class SipRegistration
    {
        private readonly CompilationStartAnalysisContext _context;
        private readonly Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> _operationActions;

#pragma warning disable RS1012 // the context is kept: the families register on it through this wrapper
        public SipRegistration(CompilationStartAnalysisContext context, Dictionary<OperationKind, List<Action<OperationAnalysisContext>>> operationActions)
#pragma warning restore RS1012
        {
            _context = context;
            _operationActions = operationActions;
        }

        public Compilation Compilation => _context.Compilation;

        public void RegisterOperationAction(Action<OperationAnalysisContext> action, params OperationKind[] kinds)
        {
            foreach (var kind in kinds)
            {
                if (!_operationActions.TryGetValue(kind, out var actions))
                {
                    actions = new List<Action<OperationAnalysisContext>>();
                    _operationActions[kind] = actions;
                }

                actions.Add(action);
            }
        }

        public void RegisterSymbolAction(Action<SymbolAnalysisContext> action, params SymbolKind[] kinds)
            => _context.RegisterSymbolAction(action, kinds);
    }
}
