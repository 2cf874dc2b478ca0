using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.Context;
using System.Text;

namespace SipAnalyzers.Generator
{
    /// <summary>
    /// Adds <c>Sip.SipStatusCode</c> and <c>Sip.SipStatus</c> to a compilation whose sources mention SIP, unless the
    /// MSBuild property <c>SipAnalyzersGenerateTypes</c> is <c>false</c>. The text depends only on that, the
    /// EmbeddedAttribute choice, the documentation language and whether SIP is mentioned, so an ordinary edit leaves the
    /// pipeline's output cached.
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

        /// <summary>
        /// <c>sip_analyzers.documentation_language = fr</c> (in .editorconfig or a global config) or the MSBuild property
        /// <c>SipAnalyzersDocumentationLanguage</c>: the language of the generated members' documentation ("en" or "fr").
        /// </summary>
        public const string DocumentationLanguageKey = Configuration.SipAnalyzerOptions.DocumentationLanguageKey;

        public const string DocumentationLanguageProperty = "build_property.SipAnalyzersDocumentationLanguage";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var settings = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => (Types: !IsFalse(options, GenerateTypesProperty), Attribute: !IsFalse(options, GenerateEmbeddedAttributeProperty)));

            // The language may sit in a [*.cs] section of .editorconfig, which only a tree's options show: the first tree's.
            var french = context.AnalyzerConfigOptionsProvider.Combine(context.CompilationProvider)
                .Select(static (pair, _) => IsFrench(pair.Left, pair.Right));

            // Only a project whose sources mention SIP gets the types: the analyzers' own first test, so every project
            // where a fix may need them has them; elsewhere the 1,074 generated lines cost every compile and help nothing.
            // One boolean per compilation, so an ordinary edit leaves the output cached; the scan stops at the first
            // mention, which in a SIP project is in its first files. (Whether the project already declares
            // EmbeddedAttribute is not looked up here: that builds the declaration table, about 6 ms per edit on a
            // 200,000-line project. SipAnalyzersGenerateEmbeddedAttribute=false covers those projects.)
            var mentionsSip = context.CompilationProvider.Select(static (compilation, _) => SipPresence.SourceMentionsSip(compilation));

            var text = settings.Combine(mentionsSip).Combine(french)
                .Select(static (pair, _) =>
                {
                    var ((wanted, sip), inFrench) = pair;
                    return !wanted.Types || !sip ? null : SipTypesSource.For(inFrench, wanted.Attribute);
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

        private static bool IsFrench(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options, Compilation compilation)
        {
            if (options.GlobalOptions.TryGetValue(DocumentationLanguageKey, out var value) || options.GlobalOptions.TryGetValue(DocumentationLanguageProperty, out value))
            {
                return IsFrenchValue(value);
            }

            foreach (var tree in compilation.SyntaxTrees)
            {
                return options.GetOptions(tree).TryGetValue(DocumentationLanguageKey, out value) && IsFrenchValue(value);
            }

            return false;
        }

        /// <summary>"fr", "fr-FR", "fr-CA", "French".</summary>
        private static bool IsFrenchValue(string? value)
            => value != null && (value.Trim().StartsWith("fr", System.StringComparison.OrdinalIgnoreCase));

        private static bool IsFalse(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options, string key)
            => options.GlobalOptions.TryGetValue(key, out var value) && string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);
    }
}
