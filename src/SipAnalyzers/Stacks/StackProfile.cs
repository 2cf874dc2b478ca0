using System.Collections.Generic;

namespace SipAnalyzers.Stacks
{
    /// <summary>
    /// What the package knows about one SIP stack, as plain data (no Roslyn types): one profile per stack, in a file of its
    /// own in this folder, listed in <see cref="KnownStacks.All"/>. <see cref="StackKnowledge"/> composes the profiles of a
    /// compilation and answers the rules' questions; no rule names a stack. Type names are metadata names
    /// (<c>Namespace.Type</c>, <c>Outer+Inner</c>).
    /// </summary>
    internal sealed class StackProfile
    {
        /// <summary>The stack's display name, for docs (<c>SIPSorcery</c>, <c>pjsua2</c>).</summary>
        public string Name { get; set; } = string.Empty;

        /// <summary>Referenced assemblies whose presence means the compilation does SIP with this stack.</summary>
        public string[] MarkerAssemblies { get; set; } = new string[0];

        /// <summary>
        /// Lower-case words of which one appears in every source that uses the stack (its namespace), unless "sip" already
        /// does: the early exit scans for them before it asks for any symbol.
        /// </summary>
        public string[] SourceWords { get; set; } = new string[0];

        /// <summary>The stack's status enums; their type makes every member, parameter and return of that type a slot.</summary>
        public StatusEnumProfile[] StatusEnums { get; set; } = new StatusEnumProfile[0];

        /// <summary>Members that hold a received or sent status, int-typed or enum-typed.</summary>
        public StatusMemberProfile[] StatusMembers { get; set; } = new StatusMemberProfile[0];

        /// <summary>Methods that send, dial, register, answer, reject or forward, and where their status goes.</summary>
        public MethodProfile[] Methods { get; set; } = new MethodProfile[0];

        /// <summary>Events and overridable callbacks that hand responses (or their statuses) to the application.</summary>
        public EventProfile[] Events { get; set; } = new EventProfile[0];

        /// <summary>Codes inside 100..699 the stack uses that the registry does not list, with what they are.</summary>
        public CodeNote[] UnregisteredCodes { get; set; } = new CodeNote[0];

        /// <summary>Codes outside 100..699 the stack reports locally and never sends (pjsip's 7xx), with what they are.</summary>
        public LocalCodeRange[] LocalCodes { get; set; } = new LocalCodeRange[0];

        /// <summary>Per-code quirks of the stack, shown in the code's docs and hover remarks.</summary>
        public CodeNote[] Notes { get; set; } = new CodeNote[0];

        /// <summary>
        /// Symbols that hold a status, named by documentation-comment ID patterns (with '*'): how the user's
        /// <c>sip_analyzers.status_symbols</c> names them. The shipped profiles use <see cref="StatusMembers"/> instead.
        /// </summary>
        public Configuration.SymbolPattern[] StatusSymbolPatterns { get; set; } = new Configuration.SymbolPattern[0];

        /// <summary>Symbols that never hold a status, whatever their names say (<c>sip_analyzers.excluded_symbols</c>).</summary>
        public Configuration.SymbolPattern[] ExcludedSymbolPatterns { get; set; } = new Configuration.SymbolPattern[0];

        /// <summary>Methods that send a request (<c>sip_analyzers.send_methods</c>).</summary>
        public Configuration.SymbolPattern[] SendMethodPatterns { get; set; } = new Configuration.SymbolPattern[0];
    }

    /// <summary>A status enum of a stack, and how its members spell the registered codes.</summary>
    internal sealed class StatusEnumProfile
    {
        public string MetadataName { get; set; } = string.Empty;

        /// <summary>Prefixes the member names carry before the reason phrase (<c>PJSIP_SC_</c>), dropped when names are compared.</summary>
        public string[] MemberPrefixes { get; set; } = new string[0];

        /// <summary>The member that names each code, where the enum has one (the docs list them; SIP1004 accepts the spelling).</summary>
        public IReadOnlyDictionary<int, string> Members { get; set; } = new Dictionary<int, string>();
    }

    /// <summary>A member of a stack type that holds a SIP status.</summary>
    internal sealed class StatusMemberProfile
    {
        public StatusMemberProfile(string type, string member, string? statusEnum = null, string? enumTwin = null)
        {
            Type = type;
            Member = member;
            StatusEnum = statusEnum;
            EnumTwin = enumTwin;
        }

        /// <summary>The declaring type's metadata name.</summary>
        public string Type { get; }

        public string Member { get; }

        /// <summary>
        /// For an int member, the stack's enum that a fix names its values with; for an enum-typed member, its enum
        /// (the conformance tests check the declared type against it). Null: an int member the stack has no enum for.
        /// </summary>
        public string? StatusEnum { get; }

        /// <summary>An enum-typed member of the same type that reads the same status (SIPSorcery's <c>Status</c>).</summary>
        public string? EnumTwin { get; }
    }

    /// <summary>What a stack method does with SIP.</summary>
    internal enum MethodRole
    {
        /// <summary>Sends a request again when called again (a re-send is a retry).</summary>
        Send,

        /// <summary>Starts a call (INVITE): calling it again after a failure is a re-dial.</summary>
        Dial,

        /// <summary>Sends or refreshes a REGISTER.</summary>
        Register,

        /// <summary>Answers an incoming request with a status (a UAS's response).</summary>
        Respond,

        /// <summary>Turns down or ends an incoming call with a status (reject, decline, hang up, busy).</summary>
        Reject,

        /// <summary>Passes a received response on (a proxy or B2BUA).</summary>
        Forward,
    }

    /// <summary>A method of a stack type, its role and the argument its status travels in.</summary>
    internal sealed class MethodProfile
    {
        public MethodProfile(string type, string name, MethodRole role, string? statusParameter = null, string? statusMember = null)
        {
            Type = type;
            Name = name;
            Role = role;
            StatusParameter = statusParameter;
            StatusMember = statusMember;
        }

        public string Type { get; }

        public string Name { get; }

        public MethodRole Role { get; }

        /// <summary>The parameter that carries the status (or the object that carries it, with <see cref="StatusMember"/>).</summary>
        public string? StatusParameter { get; }

        /// <summary>The member of the <see cref="StatusParameter"/> object that holds the status (pjsua2's <c>CallOpParam.statusCode</c>).</summary>
        public string? StatusMember { get; }
    }

    /// <summary>Which responses an event or callback hands to its handler.</summary>
    internal enum ResponseDelivery
    {
        /// <summary>Not known: the rules fall back to what the handler's name and code say.</summary>
        Unknown,

        /// <summary>Every response of the transaction, provisional ones included.</summary>
        EveryResponse,

        /// <summary>Only final responses (2xx to 6xx).</summary>
        FinalOnly,

        /// <summary>Only failures (3xx to 6xx, or 4xx to 6xx).</summary>
        FailuresOnly,

        /// <summary>Only successes (2xx).</summary>
        SuccessOnly,

        /// <summary>Only provisional responses (1xx).</summary>
        ProvisionalOnly,
    }

    /// <summary>An event, or a virtual method an application overrides, that delivers responses or statuses.</summary>
    internal sealed class EventProfile
    {
        public EventProfile(string type, string name, ResponseDelivery delivers, bool isOverride = false, bool temporaryFailuresElsewhere = false)
        {
            Type = type;
            Name = name;
            Delivers = delivers;
            IsOverride = isOverride;
            TemporaryFailuresElsewhere = temporaryFailuresElsewhere;
        }

        /// <summary>
        /// A failure event with a sibling for the failures the stack calls temporary (SIPSorcery's RegistrationFailed beside
        /// RegistrationTemporaryFailure): its handlers are not claimed to see the "try later" codes (480, 503, ...).
        /// </summary>
        public bool TemporaryFailuresElsewhere { get; }

        public string Type { get; }

        public string Name { get; }

        public ResponseDelivery Delivers { get; }

        /// <summary>A virtual callback the application overrides (pjsua2's <c>onCallState</c>), not a C# event.</summary>
        public bool IsOverride { get; }
    }

    /// <summary>One code and what a stack means by it.</summary>
    internal sealed class CodeNote
    {
        public CodeNote(int code, string text, string french)
        {
            Code = code;
            Text = text;
            French = french;
        }

        public int Code { get; }

        public string Text { get; }

        /// <summary>The same in French, for French messages and docs/fr.</summary>
        public string French { get; }

        public Diagnostics.BilingualText Localized => new Diagnostics.BilingualText(Text, French);
    }

    /// <summary>Codes a stack reports for local failures and never sends.</summary>
    internal sealed class LocalCodeRange
    {
        public LocalCodeRange(int from, int to, string text, string french)
        {
            From = from;
            To = to;
            Text = text;
            French = french;
        }

        /// <summary>The same in French.</summary>
        public string French { get; }

        public int From { get; }

        public int To { get; }

        /// <summary>What they are, as the end of a message clause ("pjsip's 7xx are local errors that must never go on the wire").</summary>
        public string Text { get; }
    }
}
