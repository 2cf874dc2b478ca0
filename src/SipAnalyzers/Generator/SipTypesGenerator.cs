using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SipAnalyzers.Context;
using Microsoft.CodeAnalysis.Text;
using System.Text;

namespace SipAnalyzers.Generator
{
    /// <summary>
    /// Adds <c>Sip.SipStatusCode</c> and <c>Sip.SipStatus</c> to a compilation whose sources mention SIP, unless the
    /// MSBuild property <c>SipAnalyzersGenerateTypes</c> is <c>false</c>. The text depends only on that, the
    /// EmbeddedAttribute choice and whether SIP is mentioned, so an ordinary edit leaves the pipeline's output cached.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SipTypesGenerator : IIncrementalGenerator
    {
        public const string GenerateTypesProperty = "build_property.SipAnalyzersGenerateTypes";
        public const string HintName = "Sip.SipStatusCode.g.cs";
        public const string TrackingName = "SipAnalyzersGenerateTypes";

        /// <summary>
        /// <c>false</c> leaves out the generated <c>Microsoft.CodeAnalysis.EmbeddedAttribute</c>, for a project where another
        /// generator declares it in a shape that cannot be merged with ours (not partial, or with <c>[Embedded]</c> on itself).
        /// </summary>
        public const string GenerateEmbeddedAttributeProperty = "build_property.SipAnalyzersGenerateEmbeddedAttribute";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var settings = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => (Types: !IsFalse(options, GenerateTypesProperty), Attribute: !IsFalse(options, GenerateEmbeddedAttributeProperty)));

            // The project's own source may declare the attribute already (in any shape): then the generated types use it.
            // A bool per compilation, so an edit elsewhere leaves the output cached.
            var declaredInSource = context.CompilationProvider
                .Select(static (compilation, _) => compilation.Assembly.GetTypeByMetadataName(EmbeddedAttributeName) != null);

            // Only a project whose sources mention SIP (the analyzers' own first test, so wherever a fix may need the
            // types) gets them: elsewhere the 1,074 generated lines cost every compile and help nothing. Each tree is
            // scanned once, when it changes.
            var mentionsSip = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => node is CompilationUnitSyntax,
                    static (syntax, _) => SipPresence.TextMentionsSip(syntax.Node.SyntaxTree.GetText(), new char[4096]))
                .Collect()
                .Select(static (mentions, _) => mentions.Contains(true));

            var text = settings.Combine(declaredInSource).Combine(mentionsSip)
                .Select(static (all, _) =>
                {
                    var ((settings, declared), sip) = all;
                    return !settings.Types || !sip ? null : settings.Attribute && !declared ? SipTypesSource.Text : SipTypesSource.TextWithoutEmbeddedAttribute;
                })
                .WithTrackingName(TrackingName);

            context.RegisterSourceOutput(text, static (output, source) =>
            {
                if (source != null)
                {
                    output.AddSource(HintName, SourceText.From(source, Encoding.UTF8));
                }
            });
        }

        private const string EmbeddedAttributeName = "Microsoft.CodeAnalysis.EmbeddedAttribute";

        private static bool IsFalse(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options, string key)
            => options.GlobalOptions.TryGetValue(key, out var value) && string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);
    }
}
