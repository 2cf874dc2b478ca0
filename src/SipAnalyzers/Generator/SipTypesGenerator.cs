using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.Context;
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

            // Only a project whose sources mention SIP gets the types: the analyzers' own first test, so every project
            // where a fix may need them has them; elsewhere the 1,074 generated lines cost every compile and help nothing.
            // One boolean per compilation, so an ordinary edit leaves the output cached; the scan stops at the first
            // mention, which in a SIP project is in its first files. (Whether the project already declares
            // EmbeddedAttribute is not looked up here: that builds the declaration table, about 6 ms per edit on a
            // 200,000-line project. SipAnalyzersGenerateEmbeddedAttribute=false covers those projects.)
            var mentionsSip = context.CompilationProvider.Select(static (compilation, _) => SipPresence.SourceMentionsSip(compilation));

            var text = settings.Combine(mentionsSip)
                .Select(static (pair, _) =>
                {
                    var (wanted, sip) = pair;
                    return !wanted.Types || !sip ? null : wanted.Attribute ? SipTypesSource.Text : SipTypesSource.TextWithoutEmbeddedAttribute;
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

        private static bool IsFalse(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options, string key)
            => options.GlobalOptions.TryGetValue(key, out var value) && string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);
    }
}
