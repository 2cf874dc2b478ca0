using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.Configuration;
using SipAnalyzers.Generator;
using SipAnalyzers.Registry;
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// Everything detection needs about one compilation, resolved once at compilation start, plus thread-safe caches
    /// for per-symbol answers. <see cref="TryCreate"/> returns null when the compilation has nothing SIP-related, so
    /// analyzers register no callbacks at all there.
    /// </summary>
    internal sealed class SipCompilationContext
    {
        // One Lazy per compilation: the analyzers start concurrently, and without it each would scan the sources.
        private static readonly ConditionalWeakTable<Compilation, Lazy<SipCompilationContext>> Shared =
            new ConditionalWeakTable<Compilation, Lazy<SipCompilationContext>>();

        private readonly ConcurrentDictionary<ITypeSymbol, bool> _statusEnums =
            new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        // The hot-path caches (slots, locals, type facts) are keyed by reference: the compiler hands out one public
        // symbol object per symbol, and reference hashing is far cheaper than SymbolEqualityComparer (profiled); an
        // equal but distinct object is only computed again.
        private readonly ConcurrentDictionary<ISymbol, SlotInfo> _slots =
            new ConcurrentDictionary<ISymbol, SlotInfo>(ReferenceComparer.Instance);
        private readonly ConcurrentDictionary<ISymbol, string> _displayNames =
            new ConcurrentDictionary<ISymbol, string>(SymbolEqualityComparer.Default);
        private readonly Lazy<bool> _attributeDeclared;
        private readonly ConcurrentDictionary<ISymbol, TypeFacts> _typeFacts =
            new ConcurrentDictionary<ISymbol, TypeFacts>(ReferenceComparer.Instance);

        /// <summary>Name facts about a type and its namespace, computed once per type for all its members.</summary>
        private sealed class TypeFacts
        {
            public bool OtherProtocol;
            public bool Sip;
            public bool Telephony;
            public bool Response;
        }
        private readonly ConcurrentDictionary<INamespaceSymbol, (bool OtherProtocol, bool Sip)> _namespaceFacts =
            new ConcurrentDictionary<INamespaceSymbol, (bool OtherProtocol, bool Sip)>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _generatedTypes =
            new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, Dictionary<int, IFieldSymbol>> _enumMembers =
            new ConcurrentDictionary<INamedTypeSymbol, Dictionary<int, IFieldSymbol>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, CallNameKind> _callNames =
            new ConcurrentDictionary<string, CallNameKind>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<ISymbol, SlotInfo> _locals =
            new ConcurrentDictionary<ISymbol, SlotInfo>(ReferenceComparer.Instance);
        private readonly Lazy<INamedTypeSymbol?> _sourceStatusEnum;

        /// <summary>The shared "no SIP here" answer.</summary>
        private SipCompilationContext(Compilation compilation)
            : this(compilation, SipAnalyzerOptions.Empty, isSip: false)
        {
        }

        private SipCompilationContext(Compilation compilation, SipAnalyzerOptions options, bool isSip = true)
        {
            IsSip = isSip;
            Compilation = compilation;
            Options = options;
            if (isSip)
            {
                GeneratedEnum = compilation.GetTypeByMetadataName(SipTypesSource.EnumMetadataName);
                GeneratedPredicates = compilation.GetTypeByMetadataName(SipTypesSource.PredicatesMetadataName);
                ConfiguredEnum = options.StatusEnum == null ? null : ResolveType(compilation, options.StatusEnum);
                SipSorceryEnum = compilation.GetTypeByMetadataName(KnownStacks.SipSorceryStatusEnum);
                PjsipEnum = compilation.GetTypeByMetadataName(KnownStacks.PjsipStatusEnum);
            }
            _sourceStatusEnum = new Lazy<INamedTypeSymbol?>(FindSourceStatusEnum);
            _attributeDeclared = new Lazy<bool>(() => compilation.ContainsSymbolsWithName(
                name => name == "SipStatusCodeAttribute", SymbolFilter.Type));
        }

        public Compilation Compilation { get; }

        /// <summary>False for the cached answer of a compilation with nothing SIP-related.</summary>
        public bool IsSip { get; }

        public SipAnalyzerOptions Options { get; }

        public INamedTypeSymbol? GeneratedEnum { get; }

        public INamedTypeSymbol? GeneratedPredicates { get; }

        public INamedTypeSymbol? ConfiguredEnum { get; }

        public INamedTypeSymbol? SipSorceryEnum { get; }

        public INamedTypeSymbol? PjsipEnum { get; }

        /// <summary>The shared context for a compilation (one per compilation for all analyzers), or null if no SIP is present.</summary>
        public static SipCompilationContext? TryCreate(Compilation compilation, AnalyzerOptions analyzerOptions)
        {
            var shared = Shared.GetValue(compilation, c => new Lazy<SipCompilationContext>(
                () => Create(c, analyzerOptions), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication));
            var context = shared.Value;
            return context.IsSip ? context : null;
        }

        /// <summary>Drops the shared context of a compilation: the benchmark re-runs the callbacks with cold caches.</summary>
        internal static void Forget(Compilation compilation) => Shared.Remove(compilation);

        private static SipCompilationContext Create(Compilation compilation, AnalyzerOptions analyzerOptions)
        {
            // Cheap checks first (names, not symbol lookups), so a compilation without SIP costs almost nothing; the
            // answer is shared by all analyzers of the compilation, "no" included.
            var options = SipAnalyzerOptions.Read(compilation, analyzerOptions.AnalyzerConfigOptionsProvider);
            if (options.IsEmpty && !HasSipMarkers(compilation))
            {
                return new SipCompilationContext(compilation);
            }

            return new SipCompilationContext(compilation, options);
        }

        /// <summary>
        /// A source text with a SIP word, then SIP stack assemblies or a declared name with a SIP word. The generated
        /// <c>Sip</c> types do not count: a compilation that has only them analyzes nothing.
        /// </summary>
        /// <remarks>
        /// The text comes first: it is our own work, while asking for the references binds them (the compiler's work,
        /// charged to whoever asks first). A stack's types cannot be used without naming its namespace or a type
        /// somewhere in the sources (using directives count, global ones included), and every stack's names contain a
        /// word the scan looks for (SIPSorcery, pjsua2 and pjsip, LumiSoft.Net.SIP).
        /// </remarks>
        private static bool HasSipMarkers(Compilation compilation)
        {
            if (!SourceMentionsSip(compilation))
            {
                return false;
            }

            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                foreach (var marker in KnownStacks.MarkerAssemblies)
                {
                    if (string.Equals(assembly.Name, marker, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            // Declared names only (no symbols are created), namespaces included (SipSharp.StatusCode); the generated
            // types' own names and their namespace "Sip" do not count.
            return compilation.ContainsSymbolsWithName(
                name => SipNames.HasSipWord(name) && name != SipTypesSource.EnumName && name != SipTypesSource.PredicatesName
                    && name != SipTypesSource.Namespace,
                SymbolFilter.All);
        }

        /// <summary>
        /// A plain scan of the source texts for "sip", "pjsua" or "b2bua" in any case (LumiSoft's types live in
        /// LumiSoft.Net.SIP). Cheaper than asking for declared names (which builds the declaration table), and enough to
        /// answer "no" for most projects.
        /// </summary>
        private static bool SourceMentionsSip(Compilation compilation)
        {
            var buffer = new char[8192];
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (!tree.FilePath.EndsWith(SipTypesGenerator.HintName, StringComparison.Ordinal) && TextMentionsSip(tree.GetText(), buffer))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>One text, copied through <paramref name="buffer"/> (more than 8 characters long) piece by piece.</summary>
        internal static bool TextMentionsSip(SourceText text, char[] buffer)
        {
            var carry = 0; // keep the last few characters so a word split across pieces is still found
            for (var position = 0; position < text.Length;)
            {
                var count = Math.Min(buffer.Length - carry, text.Length - position);
                text.CopyTo(position, buffer, carry, count);
                var length = carry + count;
                if (ContainsSipWord(buffer, length))
                {
                    return true;
                }

                carry = Math.Min(7, length);
                Array.Copy(buffer, length - carry, buffer, 0, carry);
                position += count;
            }

            return false;
        }

        /// <summary>
        /// A vectorized search for the characters the words hinge on, then a look around each hit: 'p' ends "sip" and
        /// starts "pjsua", '2' is the middle of "b2bua". A compilation without SIP is scanned to its end: on the
        /// benchmark's non-SIP corpus (9.8 million characters) a loop comparing every character with the words' first
        /// letters took at least 18 ms, this about 10 (a stopwatch over the corpus's texts, eight passes).
        /// </summary>
        private static bool ContainsSipWord(char[] chars, int length)
        {
            var span = new ReadOnlySpan<char>(chars, 0, length);
            for (var from = 0; from < length;)
            {
                var hit = span.Slice(from).IndexOfAny('p', 'P', '2');
                if (hit < 0)
                {
                    return false;
                }

                var i = from + hit;
                if (chars[i] == '2'
                    ? Matches(chars, i - 1, length, "b2bua")
                    : Matches(chars, i - 2, length, "sip") || Matches(chars, i, length, "pjsua"))
                {
                    return true;
                }

                from = i + 1;
            }

            return false;
        }

        private static char Lower(char c) => (char)(c | 0x20);

        private static bool Matches(char[] chars, int start, int length, string word)
        {
            if (start < 0 || start + word.Length > length)
            {
                return false;
            }

            for (var i = 0; i < word.Length; i++)
            {
                if (Lower(chars[start + i]) != word[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static INamedTypeSymbol? ResolveType(Compilation compilation, string id)
        {
            if (id.StartsWith("T:", StringComparison.Ordinal))
            {
                return DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) as INamedTypeSymbol;
            }

            return compilation.GetTypeByMetadataName(id);
        }

        /// <summary>True for SIP status enums: ours, the stacks', configured ones, and look-alikes (SIP-named, mostly registry values).</summary>
        public bool IsStatusEnum(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named || named.TypeKind != TypeKind.Enum)
            {
                return false;
            }

            return _statusEnums.GetOrAdd(named.OriginalDefinition, t => ComputeIsStatusEnum((INamedTypeSymbol)t));
        }

        private bool ComputeIsStatusEnum(INamedTypeSymbol type)
        {
            if (SymbolEqualityComparer.Default.Equals(type, GeneratedEnum)
                || SymbolEqualityComparer.Default.Equals(type, ConfiguredEnum)
                || SymbolEqualityComparer.Default.Equals(type, SipSorceryEnum)
                || SymbolEqualityComparer.Default.Equals(type, PjsipEnum))
            {
                return true;
            }

            if (MatchesAny(Options.ExcludedSymbols, type))
            {
                return false;
            }

            if (MatchesAny(Options.StatusSymbols, type) || HasSipStatusCodeAttribute(type.GetAttributes()))
            {
                return true;
            }

            var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            if (SipNames.HasOtherProtocolWord(type.Name) || SipNames.HasOtherProtocolWord(ns))
            {
                return false;
            }

            if (!SipNames.HasSipWord(type.Name) && !SipNames.HasSipWord(ns))
            {
                return false;
            }

            // Most members must be registered codes: a SIP method or transport enum is not a status enum.
            int values = 0, registered = 0;
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && TryGetInt(field.ConstantValue, out var value) && value != 0)
                {
                    values++;
                    if (SipStatusRegistry.IsRegistered(value))
                    {
                        registered++;
                    }
                }
            }

            return registered >= 3 && registered * 5 >= values * 3;
        }

        /// <summary>A type (or one containing it) carrying [GeneratedCode]; cached per type.</summary>
        public bool IsGeneratedType(INamedTypeSymbol? type)
        {
            if (type == null)
            {
                return false;
            }

            return _generatedTypes.GetOrAdd(type, t =>
            {
                foreach (var attribute in t.GetAttributes())
                {
                    if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute" })
                    {
                        return true;
                    }
                }

                return IsGeneratedType(t.ContainingType);
            });
        }

        /// <summary>Whether a property, field, parameter or method (its return value) holds a SIP status.</summary>
        public SlotInfo GetSlot(ISymbol symbol)
        {
            // Most symbols reaching here are List<int>.Add's 'item' or TimeSpan's 'value': their name alone rules them
            // out, before any cache lookup, unless configuration or the attribute could make any name a slot.
            if (!SipNames.MayBeStatusName(symbol.Name) && Options.StatusSymbols.IsEmpty
                && !(_attributeDeclared.Value && IsInSource(symbol)))
            {
                return SlotInfo.NotASlot;
            }

            return _slots.TryGetValue(symbol, out var known) ? known : _slots.GetOrAdd(symbol, ComputeSlot(symbol));
        }

        private static bool IsInSource(ISymbol symbol)
        {
            var owner = symbol is IParameterSymbol ? symbol.ContainingSymbol : symbol;
            return owner?.Locations.Length > 0 && owner.Locations[0].IsInSource;
        }

        /// <summary><c>global::Ns.Type</c>, computed once per type.</summary>
        public string FullyQualifiedName(INamedTypeSymbol type)
            => _displayNames.TryGetValue(type, out var known)
                ? known
                : _displayNames.GetOrAdd(type, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));

        private sealed class ReferenceComparer : IEqualityComparer<ISymbol>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public bool Equals(ISymbol? x, ISymbol? y) => ReferenceEquals(x, y);

            public int GetHashCode(ISymbol obj) => RuntimeHelpers.GetHashCode(obj);
        }

        private SlotInfo ComputeSlot(ISymbol symbol)
        {
            ITypeSymbol? type;
            switch (symbol)
            {
                case IPropertySymbol p: type = p.Type; break;
                case IFieldSymbol f: type = f.Type; break;
                case IParameterSymbol p: type = p.Type; break;
                case IMethodSymbol m: type = m.ReturnType; break;
                case ILocalSymbol _: return SlotInfo.NotASlot; // locals become slots only through flow
                default: return SlotInfo.NotASlot;
            }

            if (!IsIntegral(type))
            {
                return SlotInfo.NotASlot;
            }

            var definition = symbol.OriginalDefinition;
            if (MatchesAny(Options.ExcludedSymbols, definition))
            {
                return SlotInfo.NotASlot;
            }

            if (KnownStacks.IsIntStatusMember(definition, out var enumName))
            {
                return new SlotInfo(true, StackEnum(enumName), FindTwin(definition));
            }

            if (MatchesAny(Options.StatusSymbols, definition) || HasSipStatusCodeAttribute(definition))
            {
                return new SlotInfo(true, null, FindTwin(definition));
            }

            return IsStatusByName(definition) ? new SlotInfo(true, null, FindTwin(definition)) : SlotInfo.NotASlot;
        }

        private INamedTypeSymbol? StackEnum(string? metadataName) => metadataName switch
        {
            null => null,
            KnownStacks.SipSorceryStatusEnum => SipSorceryEnum,
            KnownStacks.PjsipStatusEnum => PjsipEnum,
            _ => Compilation.GetTypeByMetadataName(metadataName),
        };

        private bool IsStatusByName(ISymbol symbol)
        {
            // Name-only verdicts first: most symbols reaching here (a 'code' parameter of Process(...)) are decided
            // without the type's facts, which read its members and namespace.
            var name = symbol.Name;
            var method = symbol as IMethodSymbol ?? symbol.ContainingSymbol as IMethodSymbol;
            var strong = SipNames.IsStrongStatusName(name);
            if (!strong && !SipNames.IsWeakStatusName(name))
            {
                return false;
            }

            if (!strong && symbol is IParameterSymbol && (method == null || !SipNames.HasResponseMethodWord(method.Name)))
            {
                return false; // a weak name is a status parameter only of Reject(int code)-like methods
            }

            var type = symbol.ContainingType ?? method?.ContainingType;
            var facts = type == null ? new TypeFacts() : Facts(type);
            if (facts.OtherProtocol || SipNames.HasOtherProtocolWord(name)
                || (method != null && !ReferenceEquals(method, symbol) && SipNames.HasOtherProtocolWord(method.Name)))
            {
                return false;
            }

            var sipContext = facts.Sip || SipNames.HasSipWord(name) || (method != null && SipNames.HasSipWord(method.Name));
            if (strong)
            {
                // OnCallFailed(int statusCode) in a softphone: a strong name plus a telephony word is enough.
                return sipContext || facts.Telephony || (method != null && SipNames.HasTelephonyWord(method.Name));
            }

            if (symbol is IParameterSymbol)
            {
                // Reject(int code) on a SIP call type.
                return sipContext;
            }

            // SipResponse.Code, SIPReply.Status (int-typed).
            return facts.Sip && facts.Response;
        }

        private TypeFacts Facts(INamedTypeSymbol type)
        {
            if (_typeFacts.TryGetValue(type, out var known))
            {
                return known;
            }

            var (otherProtocolNamespace, sipNamespace) = NamespaceFacts(type.ContainingNamespace);
            var facts = new TypeFacts
            {
                OtherProtocol = otherProtocolNamespace || SipNames.HasOtherProtocolWord(type.Name),
                Sip = sipNamespace || SipNames.HasSipWord(type.Name) || HasStatusEnumMember(type),
                Telephony = SipNames.HasTelephonyWord(type.Name),
                Response = SipNames.HasResponseWord(type.Name),
            };
            return _typeFacts.GetOrAdd(type, facts);
        }

        /// <summary>Other-protocol and SIP words in a namespace's name, once per namespace (many types share one).</summary>
        private (bool OtherProtocol, bool Sip) NamespaceFacts(INamespaceSymbol? ns)
        {
            if (ns == null || ns.IsGlobalNamespace)
            {
                return (false, false);
            }

            if (_namespaceFacts.TryGetValue(ns, out var known))
            {
                return known;
            }

            var name = ns.ToDisplayString();
            return _namespaceFacts.GetOrAdd(ns, (SipNames.HasOtherProtocolWord(name), SipNames.HasSipWord(name)));
        }

        private bool HasStatusEnumMember(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol p && IsStatusEnum(p.Type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An enum-typed status property beside an int status member, for the second code action.</summary>
        private ISymbol? FindTwin(ISymbol symbol)
        {
            if (symbol is not IPropertySymbol and not IFieldSymbol || symbol.ContainingType == null)
            {
                return null;
            }

            for (var type = symbol.ContainingType; type != null; type = type.BaseType)
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, GetMethod: not null } p && IsStatusEnum(p.Type))
                    {
                        return p;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The expression (implicit conversions removed) is a status slot: SIP-enum typed, an int status member,
        /// parameter or method, an enum status converted to int, or a local every assignment of which reads a slot.
        /// </summary>
        public bool TryGetSlot(IOperation? operation, out SlotTarget target)
        {
            target = default;
            if (operation == null)
            {
                return false;
            }

            var written = operation.WithoutImplicitConversions();
            var current = written;
            while (true)
            {
                if (current.Type is INamedTypeSymbol namedType && IsStatusEnum(namedType))
                {
                    // resp.Status is an enum slot; (int)resp.Status an int slot whose fix uses the enum it came from.
                    var slotEnum = current == written ? namedType : null;
                    target = new SlotTarget(slotEnum, new SlotInfo(true, namedType, null), written);
                    return true;
                }

                if (current.Kind == OperationKind.Conversion)
                {
                    current = ((IConversionOperation)current).Operand;
                    continue;
                }

                break;
            }

            if (!IsIntegral(current.Type))
            {
                return false;
            }

            // Kinds, not interface patterns: a local reached four failing interface checks before its case.
            SlotInfo info;
            switch (current.Kind)
            {
                case OperationKind.PropertyReference: info = GetSlot(((IPropertyReferenceOperation)current).Property); break;
                case OperationKind.FieldReference: info = GetSlot(((IFieldReferenceOperation)current).Field); break;
                case OperationKind.ParameterReference: info = GetSlot(((IParameterReferenceOperation)current).Parameter); break;
                case OperationKind.Invocation: info = GetSlot(((IInvocationOperation)current).TargetMethod); break;
                case OperationKind.LocalReference:
                    info = GetLocalSlot((ILocalReferenceOperation)current);
                    break;
                case OperationKind.ConditionalAccess:
                    return TryGetSlot(((IConditionalAccessOperation)current).WhenNotNull, out target);
                case OperationKind.Coalesce:
                    return TryGetSlot(((ICoalesceOperation)current).Value, out target);
                default:
                    return false;
            }

            if (!info.IsSlot)
            {
                return false;
            }

            target = new SlotTarget(null, info, written);
            return true;
        }

        /// <summary>
        /// A local's answer: most locals compared with a number are declared from a number, an expression or a loop,
        /// which their declaration shows with no walk and no cache entry; the others are computed once (walking the
        /// method body) and cached.
        /// </summary>
        private SlotInfo GetLocalSlot(ILocalReferenceOperation reference)
        {
            if (LocalSlotResolver.IsDeclaredFromNonSlot(reference.Local))
            {
                return SlotInfo.NotASlot;
            }

            if (_locals.TryGetValue(reference.Local, out var known))
            {
                return known;
            }

            var root = (IOperation)reference;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            return _locals.GetOrAdd(reference.Local, new LocalSlotResolver(this, root).GetSlot(reference.Local));
        }

        /// <summary>
        /// The enum member a fix may use for <paramref name="value"/>: one with that value whose name does not name
        /// another registered code (an enum's <c>AlternativeService = 304</c> is never used for 304 or 380).
        /// </summary>
        public IFieldSymbol? FindMember(INamedTypeSymbol enumType, int value)
        {
            var members = _enumMembers.GetOrAdd(enumType, BuildMemberMap);
            return members.TryGetValue(value, out var member) ? member : null;
        }

        private static Dictionary<int, IFieldSymbol> BuildMemberMap(INamedTypeSymbol enumType)
        {
            var map = new Dictionary<int, IFieldSymbol>();
            var exact = new HashSet<int>();
            foreach (var member in enumType.GetMembers())
            {
                if (member is not IFieldSymbol { HasConstantValue: true } field || !TryGetInt(field.ConstantValue, out var value))
                {
                    continue;
                }

                if (field.GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute"))
                {
                    continue;
                }

                if (SipStatusRegistry.CheckMember(field.Name, value, out var named) == MemberVerdict.NameMeansOtherCode)
                {
                    continue; // the name means another code
                }

                var agrees = named != 0;

                if (!map.ContainsKey(value) || (agrees && !exact.Contains(value)))
                {
                    map[value] = field;
                    if (agrees)
                    {
                        exact.Add(value);
                    }
                }
            }

            return map;
        }

        /// <summary>
        /// The enum a fix uses for an int slot, and its member: the API's own enum, the configured one, the generated
        /// one, or a source-declared SIP status enum, first that has a correct member.
        /// </summary>
        public (INamedTypeSymbol Enum, IFieldSymbol Member)? ChooseEnumForInt(INamedTypeSymbol? preferredEnum, int value)
        {
            // The source-declared enum last and only when needed: finding it searches the compilation's declared names.
            return TryMember(preferredEnum, value) ?? TryMember(ConfiguredEnum, value) ?? TryMember(GeneratedEnum, value)
                ?? TryMember(_sourceStatusEnum.Value, value);
        }

        private (INamedTypeSymbol Enum, IFieldSymbol Member)? TryMember(INamedTypeSymbol? candidate, int value)
            => candidate != null && FindMember(candidate, value) is { } member ? (candidate, member) : null;

        private INamedTypeSymbol? FindSourceStatusEnum()
        {
            INamedTypeSymbol? best = null;
            foreach (var symbol in Compilation.GetSymbolsWithName(SipNames.HasSipWord, SymbolFilter.Type))
            {
                if (symbol is INamedTypeSymbol type && type.TypeKind == TypeKind.Enum && IsStatusEnum(type)
                    && (best == null || string.CompareOrdinal(type.ToDisplayString(), best.ToDisplayString()) < 0))
                {
                    best = type;
                }
            }

            return best;
        }

        /// <summary>A call that sends a SIP request: named like one (<see cref="RetryNames.IsSendMethod"/>) or listed in <c>sip_analyzers.send_methods</c>.</summary>
        public bool IsSendMethod(IMethodSymbol method)
            => (CallName(method.Name) & CallNameKind.Send) != 0
               || MatchesAny(Options.SendMethods, (method.ReducedFrom ?? method).OriginalDefinition);

        /// <summary>What a called method's name says (<see cref="CallNames"/>), cached per name.</summary>
        public CallNameKind CallName(string name)
            => _callNames.TryGetValue(name, out var known) ? known : _callNames.GetOrAdd(name, CallNames.Classify(name));

        public bool MatchesAny(System.Collections.Immutable.ImmutableArray<SymbolPattern> patterns, ISymbol symbol)
        {
            if (patterns.IsEmpty)
            {
                return false;
            }

            var id = DocumentationId(symbol);
            if (id == null)
            {
                return false;
            }

            foreach (var pattern in patterns)
            {
                if (pattern.Matches(id))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Documentation-comment ID; a parameter is its method's ID + '#' + name.</summary>
        public static string? DocumentationId(ISymbol symbol)
        {
            if (symbol is IParameterSymbol parameter)
            {
                var owner = parameter.ContainingSymbol?.GetDocumentationCommentId();
                return owner == null ? null : owner + "#" + parameter.Name;
            }

            return symbol.GetDocumentationCommentId();
        }

        private static bool HasSipStatusCodeAttribute(ISymbol symbol)
        {
            if (HasSipStatusCodeAttribute(symbol.GetAttributes()))
            {
                return true;
            }

            return symbol is IMethodSymbol method && HasSipStatusCodeAttribute(method.GetReturnTypeAttributes());
        }

        private static bool HasSipStatusCodeAttribute(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
        {
            foreach (var attribute in attributes)
            {
                var name = attribute.AttributeClass?.Name;
                if (name == "SipStatusCodeAttribute" || name == "SipStatusCode")
                {
                    return true;
                }
            }

            return false;
        }

        public static bool IsIntegral(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type?.SpecialType)
            {
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                    return true;
                default:
                    return false;
            }
        }

        public static bool TryGetInt(object? value, out int result)
        {
            switch (value)
            {
                case int i: result = i; return true;
                case short s: result = s; return true;
                case ushort us: result = us; return true;
                case uint ui when ui <= int.MaxValue: result = (int)ui; return true;
                case long l when l >= int.MinValue && l <= int.MaxValue: result = (int)l; return true;
                case ulong ul when ul <= int.MaxValue: result = (int)ul; return true;
                case byte b: result = b; return true;
                case sbyte sb: result = sb; return true;
                default: result = 0; return false;
            }
        }
    }
}
