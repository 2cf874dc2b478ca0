using Microsoft.CodeAnalysis;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// The main C# SIP stacks' status types and int-typed status members that name heuristics would miss.
    /// Enum-typed members need no entry: their type makes them status slots.
    /// </summary>
    internal static class KnownStacks
    {
        public const string SipSorceryStatusEnum = "SIPSorcery.SIP.SIPResponseStatusCodesEnum";
        public const string SipSorceryResponse = "SIPSorcery.SIP.SIPResponse";
        public const string PjsipStatusEnum = "pjsua2.pjsip_status_code";
        public const string LumiSoftResponse = "LumiSoft.Net.SIP.Stack.SIP_Response";

        /// <summary>Referenced assemblies whose presence means the compilation does SIP.</summary>
        public static readonly string[] MarkerAssemblies = { "SIPSorcery", "pjsua2", "LumiSoft.Net" };

        /// <summary>(type metadata name, member name, the stack's status enum for the fix) for int status members.</summary>
        public static readonly (string Type, string Member, string? Enum)[] IntStatusMembers =
        {
            (SipSorceryResponse, "StatusCode", SipSorceryStatusEnum),
            (LumiSoftResponse, "StatusCode", null),
            ("pjsua2.CallOpParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.CallInfo", "lastStatusCode", PjsipStatusEnum),
            ("pjsua2.OnRegStateParam", "code", PjsipStatusEnum),
            ("pjsua2.OnIncomingSubscribeParam", "code", PjsipStatusEnum),
            ("pjsua2.OnInstantMessageStatusParam", "code", PjsipStatusEnum),
            ("pjsua2.OnCallTransferStatusParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.OnCallTransferRequestParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.OnCallReplaceRequestParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.OnCallRxOfferParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.OnCallRxReinviteParam", "statusCode", PjsipStatusEnum),
            ("pjsua2.AccountInfo", "regStatus", PjsipStatusEnum),
            ("pjsua2.BuddyInfo", "subTermCode", PjsipStatusEnum),
        };

        /// <summary>
        /// Whether a property or field definition is one of <see cref="IntStatusMembers"/>, and its stack's status enum's
        /// metadata name. Decided by name when a slot is first computed: resolving the fourteen types up front searched
        /// every reference for each of them (and for their enums) in every compilation, the IDE's included.
        /// </summary>
        public static bool IsIntStatusMember(ISymbol definition, out string? enumMetadataName)
        {
            enumMetadataName = null;
            if (definition.Kind is not (SymbolKind.Property or SymbolKind.Field) || definition.ContainingType is not { } type)
            {
                return false;
            }

            var name = definition.Name;
            foreach (var (typeName, memberName, enumName) in IntStatusMembers)
            {
                if (name == memberName && HasMetadataName(type, typeName))
                {
                    enumMetadataName = enumName;
                    return true;
                }
            }

            return false;
        }

        /// <summary>A top-level type's namespace-qualified metadata name is <paramref name="metadataName"/>, compared from the end without building it.</summary>
        internal static bool HasMetadataName(INamedTypeSymbol type, string metadataName)
        {
            if (type.ContainingType != null)
            {
                return false;
            }

            var end = metadataName.Length - type.MetadataName.Length;
            if (end < 0 || string.CompareOrdinal(metadataName, end, type.MetadataName, 0, type.MetadataName.Length) != 0)
            {
                return false;
            }

            for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
            {
                end -= ns.Name.Length + 1;
                if (end < 0 || metadataName[end + ns.Name.Length] != '.'
                    || string.CompareOrdinal(metadataName, end, ns.Name, 0, ns.Name.Length) != 0)
                {
                    return false;
                }
            }

            return end == 0;
        }
    }
}
