using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Detection;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.Registry;
using System.Collections.Immutable;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// SIP1005: <c>System.Net.HttpStatusCode</c> or ASP.NET's <c>StatusCodes.StatusXxx</c> reaching a SIP status slot, and
    /// the reverse, a SIP status enum member reaching an HTTP status. The fix renames only where SIP registers the
    /// number with the HTTP meaning (so it keeps behaviour); elsewhere the message says what the number is in SIP.
    /// </summary>
    internal sealed class SIP1005_HttpStatusAsSip : SipRuleFamily
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            DiagnosticIds.HttpStatusAsSip,
            title: SipResources.Title(DiagnosticIds.HttpStatusAsSip),
            messageFormat: SipResources.Message(DiagnosticIds.HttpStatusAsSip),
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: SipResources.Description(DiagnosticIds.HttpStatusAsSip),
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.HttpStatusAsSip));

        public static readonly DiagnosticDescriptor SameMeaningNoFix = Descriptor.Variant(SipResources.Message(DiagnosticIds.HttpStatusAsSip, nameof(SameMeaningNoFix)));

        public static readonly DiagnosticDescriptor OtherMeaning = Descriptor.Variant(SipResources.Message(DiagnosticIds.HttpStatusAsSip, nameof(OtherMeaning)));

        public static readonly DiagnosticDescriptor NotRegistered = Descriptor.Variant(SipResources.Message(DiagnosticIds.HttpStatusAsSip, nameof(NotRegistered)));

        public static readonly DiagnosticDescriptor SipAsHttpSameMeaning = Descriptor.Variant(SipResources.Message(DiagnosticIds.HttpStatusAsSip, nameof(SipAsHttpSameMeaning)));

        public static readonly DiagnosticDescriptor SipAsHttpOtherMeaning = Descriptor.Variant(SipResources.Message(DiagnosticIds.HttpStatusAsSip, nameof(SipAsHttpOtherMeaning)));

        public static readonly DiagnosticDescriptor SipAsHttpUnknown = Descriptor.Variant(SipResources.Message(DiagnosticIds.HttpStatusAsSip, nameof(SipAsHttpUnknown)));

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptor, SameMeaningNoFix, OtherMeaning, NotRegistered, SipAsHttpSameMeaning, SipAsHttpOtherMeaning, SipAsHttpUnknown);

        internal override void Register(SipRegistration context, SipCompilationContext sip)
        {
            var httpEnum = context.Compilation.GetTypeByMetadataName("System.Net.HttpStatusCode");
            var aspNetCodes = context.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.StatusCodes");
            if (httpEnum == null && aspNetCodes == null)
            {
                return;
            }

            context.RegisterOperationAction(c => AnalyzeField(c, sip, httpEnum, aspNetCodes), OperationKind.FieldReference);
        }

        private static void AnalyzeField(in OperationAnalysisContext context, SipCompilationContext sip, INamedTypeSymbol? httpEnum, INamedTypeSymbol? aspNetCodes)
        {
            var reference = (IFieldReferenceOperation)context.Operation;
            var field = reference.Field;
            var type = field.ContainingType;
            // The type before the value: a field's constant is boxed on every read, and most constant fields a
            // compilation references (other enums, int constants) are neither HTTP nor SIP statuses.
            var isHttp = SymbolEqualityComparer.Default.Equals(type, httpEnum) || SymbolEqualityComparer.Default.Equals(type, aspNetCodes);
            if (!isHttp && (type.TypeKind != TypeKind.Enum || httpEnum == null || !sip.IsStatusEnum(type)))
            {
                return;
            }

            if (!field.HasConstantValue || !Constants.TryGetInt(field.ConstantValue, out var value))
            {
                return;
            }

            if (isHttp)
            {
                AnalyzeHttpAsSip(context, sip, reference, value);
            }
            else
            {
                AnalyzeSipAsHttp(context, sip, reference, value, httpEnum!);
            }
        }

        private static void AnalyzeHttpAsSip(in OperationAnalysisContext context, SipCompilationContext sip, IFieldReferenceOperation reference, int value)
        {
            // A member of a type that does not resolve is a status by its name only; compared with HttpStatusCode, it is
            // far more likely an HTTP response's (an HttpClient result behind a missing package) than a SIP one.
            if (!StatusPosition.TryFind(sip, reference, context.ContainingSymbol, out var position) || ReferenceEquals(position.Slot.Info, SlotInfo.Unresolved))
            {
                return;
            }

            var http = reference.Field.ContainingType.Name + "." + reference.Field.Name;
            var sipCode = SipStatusRegistry.Find(value);
            var properties = ImmutableDictionary<string, string?>.Empty;
            var location = reference.Syntax;
            DiagnosticDescriptor message;
            object[] arguments;
            switch (HttpStatusMeaning.Relate(value))
            {
                case HttpSipRelation.SameMeaning:
                    var preferred = position.Slot.SlotEnum ?? position.Slot.Info.PreferredEnum;
                    if (ExpressionReplacement.TryCreate(sip, reference, value, preferred, out var fix))
                    {
                        properties = fix.Properties;
                        location = fix.Syntax;
                        (message, arguments) = (Descriptor, new object[] { http, sipCode!.Title, fix.Display });
                    }
                    else
                    {
                        (message, arguments) = (SameMeaningNoFix, new object[] { http, sipCode!.Title });
                    }

                    break;
                case HttpSipRelation.OtherMeaning:
                    (message, arguments) = (OtherMeaning, new object[] { http, value, sipCode!.ReasonPhrase, sipCode.LocalizedCitation });
                    break;
                default:
                    var (origin, treatedAs, nearest) = SipStatusRegistry.UnregisteredParts(value);
                    (message, arguments) = (NotRegistered, new object[] { http, value, origin, treatedAs, nearest });
                    break;
            }

            context.ReportDiagnostic(Diagnostic.Create(message, location.GetLocation(), properties, arguments));
        }

        /// <summary>A SIP status enum member converted to <c>HttpStatusCode</c> or assigned to an HTTP response's <c>StatusCode</c>.</summary>
        private static void AnalyzeSipAsHttp(in OperationAnalysisContext context, SipCompilationContext sip, IFieldReferenceOperation reference, int value, INamedTypeSymbol httpEnum)
        {
            IOperation node = reference;
            var reachesHttp = false;
            while (node.Parent is IConversionOperation or IParenthesizedOperation)
            {
                node = node.Parent;
                if (SymbolEqualityComparer.Default.Equals(node.Type, httpEnum))
                {
                    reachesHttp = true;
                }
            }

            if (!reachesHttp && node.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                && assignment.Value == node && property.Property.Name == "StatusCode")
            {
                var ns = property.Property.ContainingType.ContainingNamespace?.ToDisplayString() ?? string.Empty;
                reachesHttp = ns.StartsWith("System.Net", System.StringComparison.Ordinal) || ns.StartsWith("Microsoft.AspNetCore", System.StringComparison.Ordinal);
            }

            if (!reachesHttp)
            {
                return;
            }

            var what = reference.Field.ContainingType.Name + "." + reference.Field.Name;
            var sipTitle = SipStatusRegistry.Find(value)?.Title ?? value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var diagnostic = HttpStatusMeaning.Relate(value) == HttpSipRelation.SameMeaning
                ? Diagnostic.Create(SipAsHttpSameMeaning, reference.Syntax.GetLocation(), what, sipTitle, value)
                : HttpName(httpEnum, value) is { } name
                    ? Diagnostic.Create(SipAsHttpOtherMeaning, reference.Syntax.GetLocation(), what, sipTitle, value, name)
                    : Diagnostic.Create(SipAsHttpUnknown, reference.Syntax.GetLocation(), what, sipTitle, value);
            context.ReportDiagnostic(diagnostic);
        }

        private static string? HttpName(INamedTypeSymbol httpEnum, int value)
        {
            foreach (var member in httpEnum.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Constants.TryGetInt(field.ConstantValue, out var v) && v == value)
                {
                    return field.Name;
                }
            }

            return null;
        }
    }
}
