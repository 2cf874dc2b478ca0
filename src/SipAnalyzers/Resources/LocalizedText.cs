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

namespace SipAnalyzers.Diagnostics
{
    /// <summary>Pieces joined by a separator, each formatted in the message's language ("misses 299 ... and includes 300 ...").</summary>
    internal sealed class LocalizedList : IFormattable
    {
        private readonly object[] _items;
        private readonly object _separator;

        /// <param name="separator">", " or a <see cref="LocalizedText"/> such as <see cref="Fragments.And"/>.</param>
        public LocalizedList(object separator, params object[] items)
        {
            _separator = separator;
            _items = items;
        }

        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            var separator = _separator is IFormattable formattable ? formattable.ToString(null, formatProvider) : _separator.ToString();
            return string.Join(separator, _items.Select(i => i is IFormattable f ? f.ToString(null, formatProvider) : i.ToString()));
        }

        public override string ToString() => ToString(null, null);
    }
}
