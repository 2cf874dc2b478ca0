using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using System.Text;

namespace SipAnalyzers.Generator
{
    /// <summary>
    /// Adds <c>Sip.SipStatusCode</c> and <c>Sip.SipStatus</c> to the consuming compilation, unless the MSBuild property
    /// <c>SipAnalyzersGenerateTypes</c> is <c>false</c>. The text depends on nothing but that property, so an edit
    /// anywhere else leaves the pipeline's output cached.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SipTypesGenerator : IIncrementalGenerator
    {
        public const string GenerateTypesProperty = "build_property.SipAnalyzersGenerateTypes";
        public const string HintName = "Sip.SipStatusCode.g.cs";
        public const string TrackingName = "SipAnalyzersGenerateTypes";

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var enabled = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) =>
                    !options.GlobalOptions.TryGetValue(GenerateTypesProperty, out var value)
                    || !string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase))
                .WithTrackingName(TrackingName);

            context.RegisterSourceOutput(enabled, static (output, generate) =>
            {
                if (generate)
                {
                    output.AddSource(HintName, SourceText.From(SipTypesSource.Text, Encoding.UTF8));
                }
            });
        }
    }
}
