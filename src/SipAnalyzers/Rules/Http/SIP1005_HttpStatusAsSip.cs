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
            title: "HTTP status code used as a SIP status",
            messageFormat: "{0} is an HTTP status used as a SIP status; SIP's {1} means the same: use {2}",
            category: DiagnosticIds.StatusCodesCategory,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A System.Net.HttpStatusCode value or an ASP.NET StatusCodes constant reaches a SIP status, or a SIP status "
                + "enum reaches an HTTP status. You see it in gateways and web dashboards that handle both protocols. SIP reused "
                + "HTTP's numbers (RFC 3261 section 21) but not all of their meanings: 422, 423 and 429 mean different things, "
                + "and 303, 304, 409 and 418 do not exist in SIP. To fix it, use the SIP enum's member; the fix does that where "
                + "the number means the same thing in both protocols.",
            helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.HttpStatusAsSip));

        public static readonly DiagnosticDescriptor SameMeaningNoFix = Descriptor.Variant("{0} is an HTTP status used as a SIP status; SIP's {1} means the same");

        public static readonly DiagnosticDescriptor OtherMeaning = Descriptor.Variant("{0} is HTTP {1}, used as a SIP status; in SIP {1} is {2} ({3})");

        public static readonly DiagnosticDescriptor NotRegistered = Descriptor.Variant(
            "{0} is HTTP {1}, used as a SIP status; {1} is not a registered SIP status code{2}: a client treats it as {3} (RFC 3261 section 8.1.3.2){4}");

        public static readonly DiagnosticDescriptor SipAsHttpSameMeaning = Descriptor.Variant(
            "{0} (SIP {1}) is a SIP status used as an HTTP status; HTTP {2} means the same, but name it with HttpStatusCode");

        public static readonly DiagnosticDescriptor SipAsHttpOtherMeaning = Descriptor.Variant("{0} (SIP {1}) is a SIP status used as an HTTP status; in HTTP {2} is {3}");

        public static readonly DiagnosticDescriptor SipAsHttpUnknown = Descriptor.Variant("{0} (SIP {1}) is a SIP status used as an HTTP status; HTTP has no {2}");

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
            if (!StatusPosition.TryFind(sip, reference, context.ContainingSymbol, out var position) || ReferenceEquals(position.Slot.Info, SlotInfo.Unresolved)
                || IsGenerated(context, sip))
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
                    (message, arguments) = (OtherMeaning, new object[] { http, value, sipCode!.ReasonPhrase, sipCode.Citation });
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

            if (!reachesHttp || IsGenerated(context, sip))
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
