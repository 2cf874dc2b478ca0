using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SipAnalyzers.Diagnostics;
using System.Collections.Immutable;
using System.Composition;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>SIP2011: an incoming call rejected with a global 600 or 603 is rejected with 486 Busy Here instead, in the status expression's own type.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SIP2011_RejectWithBusyHereFixer)), Shared]
    public sealed class SIP2011_RejectWithBusyHereFixer : StatusReplacementFixer
    {
        public const string UseBusyHereKey = "SIP2011.RejectWithBusyHere";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.GlobalReject);

        protected override string Key => UseBusyHereKey;

        protected override string Title(string display) => FixTitles.RejectWithBusyHere(display);
    }
}
