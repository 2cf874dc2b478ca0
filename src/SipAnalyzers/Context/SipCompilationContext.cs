using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Diagnostics;
using SipAnalyzers.Configuration;
using SipAnalyzers.Detection;
using SipAnalyzers.Generator;
using SipAnalyzers.Stacks;
using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace SipAnalyzers.Context
{
    /// <summary>
    /// What the rules ask about one compilation, in one place that owns the caches: the stacks it uses
    /// (<see cref="Stacks"/>), which enums are status enums (<see cref="StatusEnums"/>), which symbols and expressions hold a
    /// status (<see cref="StatusSlots"/>), the user's configuration (<see cref="Configured"/>) and which enum a fix names a
    /// value with. <see cref="TryCreate"/> returns null when the compilation has nothing SIP-related
    /// (<see cref="SipPresence"/>), so the analyzers register no callbacks at all there.
    /// </summary>
    internal sealed class SipCompilationContext
    {
        // One Lazy per compilation: the analyzers start concurrently, and without it each would scan the sources.
        private static readonly ConditionalWeakTable<Compilation, Lazy<SipCompilationContext?>> Shared =
            new ConditionalWeakTable<Compilation, Lazy<SipCompilationContext?>>();

        private readonly StatusEnums _enums;
        private readonly StatusSlots _slots;
        private readonly Lazy<INamedTypeSymbol?> _sourceStatusEnum;
        private readonly Lazy<bool> _attributeDeclared;
        private readonly ConcurrentDictionary<ISymbol, string> _displayNames = new ConcurrentDictionary<ISymbol, string>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _generatedTypes = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _helperModels = new ConcurrentDictionary<SyntaxTree, SemanticModel>();
        private readonly ConcurrentDictionary<ISymbol, bool> _successFlags = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _statusCarriers = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, CallNameKind> _callNames = new ConcurrentDictionary<string, CallNameKind>(StringComparer.Ordinal);

        private SipCompilationContext(Compilation compilation, SipAnalyzerOptions options)
        {
            Compilation = compilation;
            Options = options;
            Configured = new ConfiguredSymbols(options.ToProfile());
            Stacks = new StackKnowledge(compilation);
            GeneratedEnum = compilation.GetTypeByMetadataName(SipTypesSource.EnumMetadataName);
            GeneratedPredicates = compilation.GetTypeByMetadataName(SipTypesSource.PredicatesMetadataName);
            ConfiguredEnum = options.StatusEnum == null ? null : ResolveType(compilation, options.StatusEnum);
            _enums = new StatusEnums(this);
            _slots = new StatusSlots(this);
            _sourceStatusEnum = new Lazy<INamedTypeSymbol?>(_enums.FindSourceStatusEnum);
            _attributeDeclared = new Lazy<bool>(() => compilation.ContainsSymbolsWithName(name => name == "SipStatusCodeAttribute", SymbolFilter.Type));
        }

        public Compilation Compilation { get; }

        public SipAnalyzerOptions Options { get; }

        public ConfiguredSymbols Configured { get; }

        public StackKnowledge Stacks { get; }

        public INamedTypeSymbol? GeneratedEnum { get; }

        public INamedTypeSymbol? GeneratedPredicates { get; }

        public INamedTypeSymbol? ConfiguredEnum { get; }

        /// <summary>The compilation declares a <c>SipStatusCodeAttribute</c>: any symbol in source may carry it.</summary>
        public bool AttributeDeclared => _attributeDeclared.Value;

        /// <summary>The shared context for a compilation (one per compilation for all analyzers), or null if no SIP is present.</summary>
        public static SipCompilationContext? TryCreate(Compilation compilation, AnalyzerOptions analyzerOptions)
            => Shared.GetValue(compilation, c => new Lazy<SipCompilationContext?>(
                () => Create(c, analyzerOptions), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication)).Value;

        private static SipCompilationContext? Create(Compilation compilation, AnalyzerOptions analyzerOptions)
        {
            // Cheap checks first (names, not symbol lookups), so a compilation without SIP costs almost nothing.
            var options = SipAnalyzerOptions.Read(compilation, analyzerOptions.AnalyzerConfigOptionsProvider);
            return options.IsEmpty && !SipPresence.HasSipMarkers(compilation) ? null : new SipCompilationContext(compilation, options);
        }

        private static INamedTypeSymbol? ResolveType(Compilation compilation, string id)
            => id.StartsWith("T:", StringComparison.Ordinal)
                ? DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) as INamedTypeSymbol
                : compilation.GetTypeByMetadataName(id);

        /// <summary>True for SIP status enums: ours, the stacks', configured ones, and look-alikes.</summary>
        public bool IsStatusEnum(ITypeSymbol? type) => _enums.IsStatusEnum(type);

        /// <summary>The member of a status enum a fix may use for a value (<see cref="StatusEnums.FindMember"/>).</summary>
        public IFieldSymbol? FindMember(INamedTypeSymbol enumType, int value) => _enums.FindMember(enumType, value);

        /// <summary>Whether a property, field, parameter or method (its return value) holds a SIP status.</summary>
        public SlotInfo GetSlot(ISymbol symbol) => _slots.GetSlot(symbol);

        /// <summary>Whether an expression is a status slot (<see cref="StatusSlots.TryGetSlot"/>).</summary>
        public bool TryGetSlot(IOperation? operation, out SlotTarget target) => _slots.TryGetSlot(operation, out target);

        /// <inheritdoc cref="StatusSlots.GetDelegateArgumentSlot"/>
        public SlotInfo GetDelegateArgumentSlot(IInvocationOperation invocation, IParameterSymbol parameter) => _slots.GetDelegateArgumentSlot(invocation, parameter);

        /// <summary>Code written in a SIP type or namespace.</summary>
        public bool IsSipCode(ISymbol? containing) => _slots.IsSipCode(containing);

        /// <summary>
        /// The enum a fix uses for an int slot, and its member: the API's own enum, the configured one, the generated
        /// one, or a source-declared SIP status enum, the first that has a correct member. The source-declared enum comes
        /// last, and only when needed: finding it searches the compilation's declared names.
        /// </summary>
        public (INamedTypeSymbol Enum, IFieldSymbol Member)? ChooseEnumForInt(INamedTypeSymbol? preferredEnum, int value)
            => TryMember(preferredEnum, value) ?? TryMember(ConfiguredEnum, value) ?? TryMember(GeneratedEnum, value)
                ?? TryMember(_sourceStatusEnum.Value, value);

        private (INamedTypeSymbol Enum, IFieldSymbol Member)? TryMember(INamedTypeSymbol? candidate, int value)
            => candidate != null && FindMember(candidate, value) is { } member ? (candidate, member) : null;

        /// <summary>A call that sends a SIP request: named like one, a stack's send, dial or register method, or configured.</summary>
        public bool IsSendMethod(IMethodSymbol method)
        {
            var kind = CallName(method.Name);
            return (kind & CallNameKind.Send) != 0 || StackKnowledge.IsRequestSender(method) || Configured.IsSendMethod(method)
                   || ((kind & CallNameKind.Execute) != 0 && RetryNames.ExecutesRequest(method));
        }

        /// <summary>
        /// A response, message or exception type with a status member of its own or inherited (its StatusCode, Status or
        /// ResponseCode): <c>response.IsFinal()</c> tests its status, and a <c>catch</c> of it sees a failed request's status.
        /// </summary>
        public bool CarriesStatus(ITypeSymbol? type)
        {
            if (type == null || type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
            {
                return false;
            }

            return _statusCarriers.TryGetValue(type, out var known) ? known : _statusCarriers.GetOrAdd(type, HasStatusMember(type));
        }

        private bool HasStatusMember(ITypeSymbol type)
        {
            for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol or IFieldSymbol && !member.IsStatic && GetSlot(member).IsSlot)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The semantic model that reads a helper's body (<see cref="StatusCondition"/>): the caller's own when the helper
        /// is in the same file, else one per file, made once and kept for the compilation. Only one-expression bool
        /// helpers given a status or a response are read this way, so few files ever need one.
        /// </summary>
        public SemanticModel? SemanticModelFor(SyntaxTree tree, IOperation caller)
            => caller.SemanticModel is { } own && own.SyntaxTree == tree ? own : SemanticModelFor(tree);

        /// <summary>One semantic model per file for reading code outside the operation being analyzed, kept for the compilation.</summary>
        public SemanticModel? SemanticModelFor(SyntaxTree tree)
        {
            if (!Compilation.ContainsSyntaxTree(tree))
            {
                return null;
            }

#pragma warning disable RS1030 // a helper in another file: its body is bound once per file and cached for the compilation
            return _helperModels.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));
#pragma warning restore RS1030
        }

        /// <inheritdoc cref="SuccessFlags"/>
        public bool IsSuccessFlag(ISymbol member)
            => _successFlags.TryGetValue(member, out var known) ? known : _successFlags.GetOrAdd(member, SuccessFlags.Compute(this, member));

        /// <summary>What a called method's name says (<see cref="CallNames"/>), cached per name.</summary>
        public CallNameKind CallName(string name)
            => _callNames.TryGetValue(name, out var known) ? known : _callNames.GetOrAdd(name, CallNames.Classify(name));

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

        /// <summary><c>global::Ns.Type</c>, computed once per type.</summary>
        public string FullyQualifiedName(INamedTypeSymbol type)
            => _displayNames.TryGetValue(type, out var known)
                ? known
                : _displayNames.GetOrAdd(type, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
    }
}
