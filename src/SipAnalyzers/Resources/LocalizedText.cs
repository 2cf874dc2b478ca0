using System;
using System.Globalization;
using System.Linq;

namespace SipAnalyzers.Diagnostics
{
    /// <summary>
    /// A piece of a diagnostic message in the reader's language ("the stack raises RegistrationFailed on every failure"):
    /// a <c>Fragment_*</c> key of <see cref="SipResources"/> and its arguments, formatted only when the compiler or the IDE
    /// renders the message. Roslyn formats message arguments with the UI culture as provider, so an argument of this
    /// type follows the same language as the message format around it.
    /// </summary>
    internal sealed class LocalizedText : IFormattable, IEquatable<LocalizedText>
    {
        private readonly string _key;
        private readonly object[] _arguments;

        public LocalizedText(string key, params object[] arguments)
        {
            _key = key;
            _arguments = arguments;
        }

        /// <summary>The resource key, for the completeness tests.</summary>
        public string Key => _key;

        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            // No provider: the resource manager's own choice, the thread's UI language (as LocalizableResourceString does).
            var culture = formatProvider as CultureInfo;
            var text = SipResources.Manager.GetString(_key, culture) ?? _key;
            return _arguments.Length == 0 ? text : string.Format(formatProvider, text, _arguments);
        }

        public override string ToString() => ToString(null, null);

        public bool Equals(LocalizedText? other) => other != null && other._key == _key && other._arguments.SequenceEqual(_arguments);

        public override bool Equals(object? obj) => Equals(obj as LocalizedText);

        public override int GetHashCode() => _key.GetHashCode();
    }
}
