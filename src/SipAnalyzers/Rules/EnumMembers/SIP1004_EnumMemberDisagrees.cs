using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using System.Collections.Concurrent;
using System.Collections.Generic;
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
            title: SipResources.Title(DiagnosticIds.EnumMemberDisagrees),
            messageFormat: SipResources.Message(DiagnosticIds.EnumMemberDisagrees),
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.EnumMemberDisagrees),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.EnumMemberDisagrees));


        // A member of a source enum ("{0} = {1}") and a use of a referenced enum's member ("{0} is {1}"), by what is wrong:
        // its name means another code whose value is registered or not, or its value is not registered at all.
        public static readonly DiagnosticDescriptor OtherCodeUnregisteredValue = Descriptor.Variant(SipResources.Message(DiagnosticIds.EnumMemberDisagrees, nameof(OtherCodeUnregisteredValue)));

        public static readonly DiagnosticDescriptor UnregisteredValue = Descriptor.Variant(SipResources.Message(DiagnosticIds.EnumMemberDisagrees, nameof(UnregisteredValue)));

        public static readonly DiagnosticDescriptor Use = Descriptor.Variant(SipResources.Message(DiagnosticIds.EnumMemberDisagrees, nameof(Use)));

        public static readonly DiagnosticDescriptor UseWithFix = Descriptor.Variant(SipResources.Message(DiagnosticIds.EnumMemberDisagrees, nameof(UseWithFix)));

        public static readonly DiagnosticDescriptor UseOtherCodeUnregisteredValue = Descriptor.Variant(SipResources.Message(DiagnosticIds.EnumMemberDisagrees, nameof(UseOtherCodeUnregisteredValue)));

        public static readonly DiagnosticDescriptor UseOtherCodeUnregisteredValueWithFix = Descriptor.Variant(SipResources.Message(DiagnosticIds.EnumMemberDisagrees, nameof(UseOtherCodeUnregisteredValueWithFix)));

        public static readonly DiagnosticDescriptor UseUnregisteredValue = Descriptor.Variant(SipResources.Message(DiagnosticIds.EnumMemberDisagrees, nameof(UseUnregisteredValue)));

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptor, OtherCodeUnregisteredValue, UnregisteredValue, Use, UseWithFix, UseOtherCodeUnregisteredValue,
            UseOtherCodeUnregisteredValueWithFix, UseUnregisteredValue);

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

                var (message, arguments) = Message(finding, field.Name, fixDisplay: null, inSource: true);
                context.ReportDiagnostic(Diagnostic.Create(message, field.Locations[0], properties, arguments));
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
            if (finding == null)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            var location = reference.Syntax;
            string? fixDisplay = null;
            if (finding.Verdict == MemberVerdict.NameMeansOtherCode
                && ExpressionReplacement.TryCreate(sip, reference, finding.NamedCode, sip.GeneratedEnum, out var fix))
            {
                properties = fix.Properties;
                location = fix.Syntax;
                fixDisplay = fix.Display;
            }

            var (message, arguments) = Message(finding, type.Name + "." + field.Name, fixDisplay, inSource: false);
            context.ReportDiagnostic(Diagnostic.Create(message, location.GetLocation(), properties, arguments));
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

        /// <summary>
        /// The message and its arguments: "AlternativeService = 304: Alternative Service is 380 (RFC 3261 section 21.3.5);
        /// 304 is not a registered SIP status code" for a source member, "E.AlternativeService is 304: ..." for a use.
        /// </summary>
        private static (DiagnosticDescriptor Message, object[] Arguments) Message(Finding finding, string member, string? fixDisplay, bool inSource)
        {
            if (finding.Verdict == MemberVerdict.UnregisteredValue)
            {
                var (origin, treatedAs, nearest) = SipStatusRegistry.UnregisteredParts(finding.Value);
                return (inSource ? UnregisteredValue : UseUnregisteredValue, new object[] { member, finding.Value, origin, treatedAs, nearest });
            }

            var named = SipStatusRegistry.Find(finding.NamedCode)!;
            var actual = SipStatusRegistry.Find(finding.Value);
            var arguments = new List<object> { member, finding.Value, named.ReasonPhrase, named.Code, named.LocalizedCitation };
            if (actual != null)
            {
                arguments.Add(actual.ReasonPhrase);
            }

            if (fixDisplay != null)
            {
                arguments.Add(fixDisplay);
            }

            var message = (inSource, actual != null, fixDisplay != null) switch
            {
                (true, true, _) => Descriptor,
                (true, false, _) => OtherCodeUnregisteredValue,
                (false, true, false) => Use,
                (false, true, true) => UseWithFix,
                (false, false, false) => UseOtherCodeUnregisteredValue,
                (false, false, true) => UseOtherCodeUnregisteredValueWithFix,
            };
            return (message, arguments.ToArray());
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
