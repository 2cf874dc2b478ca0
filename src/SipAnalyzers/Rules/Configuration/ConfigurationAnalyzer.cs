using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Configuration;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using System;
using System.Collections.Immutable;
using System.Linq;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP9001 and SIP9002: a <c>sip_analyzers.*</c> value that names nothing in the compilation, or cannot be read. A
    /// mistyped option otherwise does nothing, silently. Checked once per compilation, at its end (the options are
    /// compilation-wide).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigurationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(SIP9001_UnresolvedConfiguration.Descriptor, SIP9002_MalformedConfiguration.Descriptor,
                SIP9002_MalformedConfiguration.UnknownKey, SIP9002_MalformedConfiguration.UnknownKeyNoNearest);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationAction(c =>
            {
                // The options are read once per compilation and shared with the other analyzers.
                var options = SipCompilationContext.TryCreate(c.Compilation, c.Options)?.Options;
                if (options != null && !options.IsEmpty)
                {
                    Check(c, options);
                }
            });
        }

        private static void Check(CompilationAnalysisContext context, SipAnalyzerOptions options)
        {
            var compilation = context.Compilation;
            foreach (var (key, source) in options.UnknownKeys.OrderBy(u => u.Key, StringComparer.Ordinal))
            {
                var nearest = SipAnalyzerOptions.NearestKnownKey(key);
                context.ReportDiagnostic(nearest != null
                    ? Diagnostic.Create(SIP9002_MalformedConfiguration.UnknownKey, Location.None, key, source, nearest)
                    : Diagnostic.Create(SIP9002_MalformedConfiguration.UnknownKeyNoNearest, Location.None, key, source, string.Join(", ", SipAnalyzerOptions.KnownKeys)));
            }

            foreach (var (value, source) in options.UnsupportedLanguages)
            {
                Malformed(context, SipAnalyzerOptions.DocumentationLanguageKey, value, source, Fragments.DocumentationLanguages);
            }

            if (options.StatusEnum is { } statusEnum)
            {
                CheckStatusEnum(context, statusEnum, options.StatusEnumSource);
            }

            foreach (var pattern in options.StatusSymbols)
            {
                CheckPattern(context, compilation, pattern, methodsOnly: false);
            }

            foreach (var pattern in options.ExcludedSymbols)
            {
                CheckPattern(context, compilation, pattern, methodsOnly: false);
            }

            foreach (var pattern in options.SendMethods)
            {
                CheckPattern(context, compilation, pattern, methodsOnly: true);
            }
        }

        private static void CheckStatusEnum(CompilationAnalysisContext context, string value, object source)
        {
            const string Key = SipAnalyzerOptions.StatusEnumKey;
            if (value.IndexOf(':') >= 0 && !value.StartsWith("T:", StringComparison.Ordinal))
            {
                Malformed(context, Key, value, source, Fragments.EnumIsAType);
                return;
            }

            var type = value.StartsWith("T:", StringComparison.Ordinal)
                ? DocumentationCommentId.GetFirstSymbolForDeclarationId(value, context.Compilation) as INamedTypeSymbol
                : context.Compilation.GetTypeByMetadataName(value);
            if (type == null)
            {
                Unresolved(context, Key, value, source, Kind('T'));
            }
            else if (type.TypeKind != TypeKind.Enum)
            {
                Malformed(context, Key, value, source, Fragments.NotAnEnum(type.ToDisplayString()));
            }
        }

        private static void CheckPattern(CompilationAnalysisContext context, Compilation compilation, SymbolPattern pattern, bool methodsOnly)
        {
            var text = pattern.Text;
            var written = pattern.Written;
            if (text.Length < 3 || text[1] != ':' || "TMPFEN".IndexOf(text[0]) < 0)
            {
                Malformed(context, pattern.Key, written, pattern.Source, Fragments.StartWithKind);
                return;
            }

            if (methodsOnly && text[0] != 'M')
            {
                Malformed(context, pattern.Key, written, pattern.Source, Fragments.SendMethodIsAMethod);
                return;
            }

            var hash = text.IndexOf('#');
            if (hash >= 0 && text[0] != 'M')
            {
                Malformed(context, pattern.Key, written, pattern.Source, Fragments.ParameterFollowsMethod);
                return;
            }

            var star = text.IndexOf('*');
            if (star >= 0)
            {
                // P:Acme.Voice.CdrRecord.* or M:Acme.Voice.Trunk.Dial*: the type or namespace before the wildcard must exist.
                var prefix = text.Substring(2, star - 2);
                var dot = prefix.LastIndexOf('.');
                if (dot <= 0)
                {
                    return; // T:* or M:Dial*: matches by name anywhere
                }

                var container = prefix.Substring(0, dot);
                if (DocumentationCommentId.GetFirstSymbolForDeclarationId("T:" + container, compilation) == null
                    && DocumentationCommentId.GetFirstSymbolForDeclarationId("N:" + container, compilation) == null)
                {
                    Unresolved(context, pattern.Key, written, pattern.Source, Fragments.NoTypeOrNamespace(container));
                }

                return;
            }

            var id = hash >= 0 ? text.Substring(0, hash) : text;
            var symbol = DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation);
            if (symbol == null)
            {
                Unresolved(context, pattern.Key, written, pattern.Source, Kind(text[0]));
            }
            else if (hash >= 0 && symbol is IMethodSymbol method && !HasParameter(method, text.Substring(hash + 1)))
            {
                Unresolved(context, pattern.Key, written, pattern.Source, Fragments.NoParameter(text.Substring(hash + 1), method.ToDisplayString()));
            }
        }

        private static bool HasParameter(IMethodSymbol method, string name)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        private static LocalizedText Kind(char prefix) => prefix switch
        {
            'T' => Fragments.NoType,
            'M' => Fragments.NoMethod,
            'P' => Fragments.NoProperty,
            'F' => Fragments.NoField,
            'E' => Fragments.NoEvent,
            _ => Fragments.NoNamespace,
        };

        private static void Unresolved(CompilationAnalysisContext context, string key, string value, object source, object what)
            => context.ReportDiagnostic(Diagnostic.Create(SIP9001_UnresolvedConfiguration.Descriptor, Location.None, key, value, what, source));

        private static void Malformed(CompilationAnalysisContext context, string key, string value, object source, object reason)
            => context.ReportDiagnostic(Diagnostic.Create(SIP9002_MalformedConfiguration.Descriptor, Location.None, key, value, source, reason));
    }
}
