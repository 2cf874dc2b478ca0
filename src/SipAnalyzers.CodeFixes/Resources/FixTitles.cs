using SipAnalyzers.Diagnostics;

namespace SipAnalyzers.CodeFixes
{
    /// <summary>
    /// The light-bulb titles, from the <c>Fix_*</c> resources of <see cref="SipResources"/> (the analyzers' resources and
    /// their French satellite): the IDE shows them in its own language.
    /// </summary>
    internal static class FixTitles
    {
        /// <summary>"Use SIPResponseStatusCodesEnum.BusyHere", "Use SipStatus.IsSuccess".</summary>
        public static string Use(string replacement) => Text(nameof(Use), replacement);

        public static string CompareWith(string status, string member) => Text(nameof(CompareWith), status, member);

        public static string SetRegisteredValue(string value) => Text(nameof(SetRegisteredValue), value);

        public static string TestWithNegatedPredicate(string predicate) => Text(nameof(TestWithNegatedPredicate), predicate);

        public static string TestFullClass(string predicate) => Text(nameof(TestFullClass), predicate);

        public static string WidenRange => Text(nameof(WidenRange));

        public static string StopOnGlobalFailure => Text(nameof(StopOnGlobalFailure));

        public static string CompareInsteadOfReasonPhrase(string member) => Text(nameof(CompareInsteadOfReasonPhrase), member);

        public static string SendOk(string display) => Text(nameof(SendOk), display);

        public static string RejectWithBusyHere(string display) => Text(nameof(RejectWithBusyHere), display);

        private static string Text(string name, params object[] arguments)
        {
            var format = SipResources.Manager.GetString("Fix_" + name) ?? name;
            return arguments.Length == 0 ? format : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arguments);
        }
    }
}
