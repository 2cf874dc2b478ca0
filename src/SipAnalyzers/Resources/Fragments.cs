namespace SipAnalyzers.Diagnostics
{
    /// <summary>
    /// The pieces that diagnostics put into their message formats, each a <c>Fragment_*</c> resource with its translations:
    /// what retries, and where the statuses that reach it come from.
    /// </summary>
    internal static class Fragments
    {
        // What retries (the start of SIP2001, SIP2004, SIP2005 and SIP2006 messages).
        public static LocalizedText ContinueSendsAgain => Text(nameof(ContinueSendsAgain));

        public static LocalizedText ContinueRegistersAgain => Text(nameof(ContinueRegistersAgain));

        public static LocalizedText ContinueMovesOn => Text(nameof(ContinueMovesOn));

        public static LocalizedText GotoSendsAgain => Text(nameof(GotoSendsAgain));

        public static LocalizedText PolicyRetries => Text(nameof(PolicyRetries));

        public static LocalizedText LoopCallsAgain(string method) => Text(nameof(LoopCallsAgain), method);

        public static LocalizedText CallSendsAgain(string method) => Text(nameof(CallSendsAgain), method);

        public static LocalizedText TimerCallsAgain(string callback, string method) => Text(nameof(TimerCallsAgain), callback, method);

        public static LocalizedText TimerLambdaCallsAgain(string createdIn, string method) => Text(nameof(TimerLambdaCallsAgain), createdIn, method);

        public static LocalizedText Retries => Text(nameof(Retries));

        /// <summary>"{retry} ({evidence})".</summary>
        public static LocalizedText WithEvidence(object retry, object evidence) => Text(nameof(WithEvidence), retry, evidence);

        // Where the statuses come from when the code does not test them itself.
        public static LocalizedText RaisedOnTemporaryFailures(string stackEvent) => Text(nameof(RaisedOnTemporaryFailures), stackEvent);

        public static LocalizedText RaisedOnEveryFailure(string stackEvent) => Text(nameof(RaisedOnEveryFailure), stackEvent);

        public static LocalizedText LoopDropsResponse(string method) => Text(nameof(LoopDropsResponse), method);

        public static LocalizedText HelperSwallowsResponse(string method) => Text(nameof(HelperSwallowsResponse), method);

        public static LocalizedText CatchOfStatusException(string exception) => Text(nameof(CatchOfStatusException), exception);

        public static LocalizedText CatchTestsStatus => Text(nameof(CatchTestsStatus));

        public static LocalizedText SetOnlyAfterSuccess(string member) => Text(nameof(SetOnlyAfterSuccess), member);

        public static LocalizedText TrueOnlyAfterSuccess(string member) => Text(nameof(TrueOnlyAfterSuccess), member);

        // Why every response, provisional ones included, reaches a handler (SIP2002).
        public static LocalizedText StackEventDeliversEveryResponse(string name) => Text(nameof(StackEventDeliversEveryResponse), name);

        public static LocalizedText StackCallbackDeliversEveryResponse(string name) => Text(nameof(StackCallbackDeliversEveryResponse), name);

        public static LocalizedText NameSaysItHandlesResponses(string name) => Text(nameof(NameSaysItHandlesResponses), name);

        public static LocalizedText EveryResponseParsedBy(string method) => Text(nameof(EveryResponseParsedBy), method);

        /// <summary>SIP2002's "then treat the rest as final" / "as failure".</summary>
        public static LocalizedText Final => Text(nameof(Final));

        public static LocalizedText Failure => Text(nameof(Failure));

        /// <summary>SIP2009: the request 202 answers when it is either.</summary>
        public static LocalizedText SubscribeOrRefer => Text(nameof(SubscribeOrRefer));

        /// <summary>SIP2008: the request a provisional response answers when it is not one method.</summary>
        public static LocalizedText NonInviteRequest => Text(nameof(NonInviteRequest));

        /// <summary>SIP2007: " (OnRegister handles registrations)", after the advice.</summary>
        public static LocalizedText HandlesRegistrations(string handler) => Text(nameof(HandlesRegistrations), handler);

        // Unregistered codes (SIP1003, SIP1004, SIP1005).
        /// <summary>" (an HTTP code (See Other))", after "is not a registered SIP status code".</summary>
        public static LocalizedText Origin(object origin) => Text(nameof(Origin), origin);

        /// <summary>"; nearest registered 4xx: 491, 493, 494".</summary>
        public static LocalizedText NearestRegistered(string codeClass, string codes) => Text(nameof(NearestRegistered), codeClass, codes);

        // Class and range tests (SIP1002, SIP2003).
        public static LocalizedText FinalResponseRange => Text(nameof(FinalResponseRange));

        public static LocalizedText FailureRange => Text(nameof(FailureRange));

        public static LocalizedText NonSuccessFinalRange => Text(nameof(NonSuccessFinalRange));

        public static LocalizedText ValidStatusRange => Text(nameof(ValidStatusRange));

        public static LocalizedText ValidStatusCodes => Text(nameof(ValidStatusCodes));

        public static LocalizedText InvalidStatusCodes => Text(nameof(InvalidStatusCodes));

        public static LocalizedText AnythingBut(object what) => Text(nameof(AnythingBut), what);

        public static LocalizedText RangeText(long low, long high) => Text(nameof(RangeText), low, high);

        public static LocalizedText TreatsAsInvalid(object statuses) => Text(nameof(TreatsAsInvalid), statuses);

        public static LocalizedText ValidityStopsBefore6xx(long high) => Text(nameof(ValidityStopsBefore6xx), high);

        public static LocalizedText IncludesLastCodeOf(long code, string codeClass) => Text(nameof(IncludesLastCodeOf), code, codeClass);

        public static LocalizedText MissesLastCodeOf(long code, string codeClass) => Text(nameof(MissesLastCodeOf), code, codeClass);

        public static LocalizedText IncludesCodeOf(long code, string codeClass) => Text(nameof(IncludesCodeOf), code, codeClass);

        public static LocalizedText StopsAtHighestRegistered(long code, string codeClass, long classCode) => Text(nameof(StopsAtHighestRegistered), code, codeClass, classCode);

        public static LocalizedText UseFor(string replacement, object tests) => Text(nameof(UseFor), replacement, tests);

        public static LocalizedText Change(long bound, long constant) => Text(nameof(Change), bound, constant);

        public static LocalizedText ChangeToTest(object changes, object tests) => Text(nameof(ChangeToTest), changes, tests);

        public static LocalizedText TestWholeClass(object tests) => Text(nameof(TestWholeClass), tests);

        /// <summary>The separator of two problems or two changes: " and ".</summary>
        public static LocalizedText And => Text(nameof(And));

        // SIP2010's advice.
        public static LocalizedText CompareWith(string status, string title) => Text(nameof(CompareWith), status, title);

        public static LocalizedText Compare(string comparison) => Text(nameof(Compare), comparison);

        public static LocalizedText CompareStatusWith(string title) => Text(nameof(CompareStatusWith), title);

        public static LocalizedText CompareStatusInstead => Text(nameof(CompareStatusInstead));

        /// <summary>"RFC 3261 section 21.4.24".</summary>
        public static LocalizedText Citation(string rfc, string section) => Text(nameof(Citation), rfc, section);

        // Configuration (SIP9001, SIP9002): where an option was set, why its value cannot be read, what it names.
        public static LocalizedText SetInGlobalConfig => Text(nameof(SetInGlobalConfig));

        public static LocalizedText SetInEditorConfig(string file) => Text(nameof(SetInEditorConfig), file);

        public static LocalizedText DocumentationLanguages => Text(nameof(DocumentationLanguages));

        public static LocalizedText EnumIsAType => Text(nameof(EnumIsAType));

        public static LocalizedText NotAnEnum(string type) => Text(nameof(NotAnEnum), type);

        public static LocalizedText StartWithKind => Text(nameof(StartWithKind));

        public static LocalizedText SendMethodIsAMethod => Text(nameof(SendMethodIsAMethod));

        public static LocalizedText ParameterFollowsMethod => Text(nameof(ParameterFollowsMethod));

        // What an unresolved ID names: "matches no {this}" (French carries its own determiner).
        public static LocalizedText NoType => Text(nameof(NoType));

        public static LocalizedText NoMethod => Text(nameof(NoMethod));

        public static LocalizedText NoProperty => Text(nameof(NoProperty));

        public static LocalizedText NoField => Text(nameof(NoField));

        public static LocalizedText NoEvent => Text(nameof(NoEvent));

        public static LocalizedText NoNamespace => Text(nameof(NoNamespace));

        public static LocalizedText NoTypeOrNamespace(string name) => Text(nameof(NoTypeOrNamespace), name);

        public static LocalizedText NoParameter(string name, string method) => Text(nameof(NoParameter), name, method);

        /// <summary>"any 6xx (600, 603, 604, 606, 607, 608)".</summary>
        public static LocalizedText AnyGlobalFailure(string codes) => Text(nameof(AnyGlobalFailure), codes);

        private static LocalizedText Text(string name, params object[] arguments) => new LocalizedText("Fragment_" + name, arguments);
    }
}
