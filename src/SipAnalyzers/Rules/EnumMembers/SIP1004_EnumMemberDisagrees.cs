using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP1004: a SIP status enum member whose name means one registered code and whose value is another, or whose
    /// value inside 100..699 is not registered. Source enums are reported on the member (fix: the registered value);
    /// a referenced library's enum has no source, so each use of its wrong member is reported instead (fix: the
    /// generated enum's member, cast back to the library's enum where its type is needed).
    /// </summary>
    internal sealed class SIP1004_EnumMemberDisagrees : SipRuleFamily
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.EnumMemberDisagrees,
            title: "SIP status enum member disagrees with the registry",
            messageFormat: "{0}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A member of a SIP status enum has a name that means one registered code and a value that is another "
                + "(AlternativeService = 304 where Alternative Service is 380, RFC 3261 section 21.3.5; Ambiguous = 487 where 485 is Ambiguous), "
                + "or a value inside 100..699 that is not registered. You see it on the member in your own enum, and where a "
                + "referenced library's wrong member is used. To fix it, give the member its registered value (the code fix does "
                + "that for source enums) or use the generated Sip.SipStatusCode member instead of the library's.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.EnumMemberDisagrees));


        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(SIP1004_EnumMemberDisagrees.Descriptor);

        internal override void Register(SipRegistration context, SipCompilationContext sip)
        {
            context.RegisterSymbolAction(c => AnalyzeEnum(c, sip), SymbolKind.NamedType);

            // Verdicts for referenced enums' members, once per member: most field references are not enum members at all.
            var verdicts = new ConcurrentDictionary<IFieldSymbol, Finding?>(SymbolEqualityComparer.Default);
            context.RegisterOperationAction(c => AnalyzeUse(c, sip, verdicts), OperationKind.FieldReference);
        }

        private static void AnalyzeEnum(SymbolAnalysisContext context, SipCompilationContext sip)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.TypeKind != TypeKind.Enum || !sip.IsStatusEnum(type) || sip.IsGeneratedType(type) || context.IsGeneratedCode)
            {
                return;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is not IFieldSymbol { HasConstantValue: true } field || field.Locations.Length == 0
                    || Check(field) is not { } finding)
                {
                    continue;
                }

                var properties = ImmutableDictionary<string, string?>.Empty;
                if (finding.Verdict == MemberVerdict.NameMeansOtherCode)
                {
                    properties = properties.Add(FixProperties.Value, finding.NamedCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    SIP1004_EnumMemberDisagrees.Descriptor,
                    field.Locations[0],
                    properties,
                    field.Name + " = " + finding.Value + ": " + Explain(finding)));
            }
        }

        private static void AnalyzeUse(in OperationAnalysisContext context, SipCompilationContext sip, ConcurrentDictionary<IFieldSymbol, Finding?> verdicts)
        {
            var reference = (IFieldReferenceOperation)context.Operation;
            var field = reference.Field;
            var type = field.ContainingType;
            if (type.TypeKind != TypeKind.Enum)
            {
                return;
            }

            // Source enums are judged where they are declared (AnalyzeEnum); the location test runs once per member, in
            // the cache's factory, since a source type builds its Locations anew on every read.
            var finding = verdicts.TryGetValue(field, out var known)
                ? known
                : verdicts.GetOrAdd(field, f => f.HasConstantValue && IsReferenced(f.ContainingType) && sip.IsStatusEnum(f.ContainingType) ? Check(f) : null);
            if (finding == null || IsGenerated(context, sip))
            {
                return;
            }

            var message = type.Name + "." + field.Name + " is " + finding.Value + ": " + Explain(finding);
            var properties = ImmutableDictionary<string, string?>.Empty;
            var location = reference.Syntax;
            if (finding.Verdict == MemberVerdict.NameMeansOtherCode
                && ExpressionReplacement.TryCreate(sip, reference, finding.NamedCode, sip.GeneratedEnum, out var fix))
            {
                properties = fix.Properties;
                location = fix.Syntax;
                message += "; use " + fix.Display;
            }

            context.ReportDiagnostic(Diagnostic.Create(SIP1004_EnumMemberDisagrees.Descriptor, location.GetLocation(), properties, message));
        }

        private static bool IsReferenced(INamedTypeSymbol type) => type.Locations.Length > 0 && !type.Locations[0].IsInSource;

        private static Finding? Check(IFieldSymbol field)
        {
            if (!Constants.TryGetInt(field.ConstantValue, out var value))
            {
                return null;
            }

            var verdict = SipStatusRegistry.CheckMember(field.Name, value, out var named);
            return verdict == MemberVerdict.Agrees ? null : new Finding(verdict, value, named);
        }

        /// <summary>"Alternative Service is 380 (RFC 3261 section 21.3.5); 304 is not a registered SIP status code".</summary>
        private static string Explain(Finding finding)
        {
            if (finding.Verdict == MemberVerdict.UnregisteredValue)
            {
                return SipStatusRegistry.DescribeUnregistered(finding.Value);
            }

            var actual = SipStatusRegistry.Find(finding.Value);
            var valueText = actual != null
                ? finding.Value + " is " + actual.ReasonPhrase
                : finding.Value + " is not a registered SIP status code";
            var named = SipStatusRegistry.Find(finding.NamedCode)!;
            return named.ReasonPhrase + " is " + named.Code + " (" + named.Citation + "); " + valueText;
        }

        private sealed class Finding
        {
            public Finding(MemberVerdict verdict, int value, int namedCode)
            {
                Verdict = verdict;
                Value = value;
                NamedCode = namedCode;
            }

            public MemberVerdict Verdict { get; }

            public int Value { get; }

            public int NamedCode { get; }
        }
    }
}
