using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SipAnalyzers.Diagnostics;
using System.Collections.Immutable;
using System.Composition;

namespace SipAnalyzers.CodeFixes.Rules
{
    /// <summary>SIP2009: a 202 Accepted answering SUBSCRIBE or REFER becomes 200 OK, in the status expression's own type.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SIP2009_SendOkFixer)), Shared]
    public sealed class SIP2009_SendOkFixer : StatusReplacementFixer
    {
        public const string UseOkKey = "SIP2009.SendOk";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DeprecatedAccepted);

        protected override string Key => UseOkKey;

        protected override string Title(string display) => FixTitles.SendOk(display);
    }
}
