namespace SipAnalyzers.Diagnostics
{
    /// <summary>
    /// The keys of the properties a rule puts on its diagnostic for its fixer: the one place both sides read them from.
    /// </summary>
    internal static class FixProperties
    {
        // SIP1001: the enum and member to write, and how (an int slot gets a cast; a cast to the enum is replaced).
        public const string Enum = "Enum";
        public const string Member = "Member";
        public const string IntCast = "IntCast";
        public const string ReplaceCast = "ReplaceCast";

        // SIP1001's second action: the enum-typed member beside the int one (x.Status == E.BusyHere).
        public const string Twin = "Twin";
        public const string TwinEnum = "TwinEnum";
        public const string TwinMember = "TwinMember";

        // SIP1002 and SIP2003: the predicate, the operand's span, the bounds to correct ("start,length,value;...").
        public const string Predicate = "Predicate";
        public const string Negated = "Negated";
        public const string Operand = "Operand";

        /// <summary>"true" when the range's operand is a nullable int: the predicate reads its value (<c>x.GetValueOrDefault()</c>).</summary>
        public const string NullableOperand = "NullableOperand";
        public const string Corrections = "Corrections";

        // SIP1004: the registered value a source enum member gets.
        public const string Value = "Value";

        // SIP2001: the status expression to guard on, and where the guard goes.
        public const string Status = "Status";
        public const string Guard = "Guard";
        public const string GuardBeforeStatement = "before";
        public const string GuardAtEndOfLoop = "loopEnd";

        // SIP2010: the response expression and its status member (Negated above when the test was !=).
        public const string Receiver = "Receiver";
        public const string StatusMember = "StatusMember";

        // SIP1004, SIP1005, SIP2009, SIP2011: an expression replaced by another status (ExpressionReplacement).
        public const string CastTo = "CastTo";
        public const string Display = "Display";
    }
}
