using System;

namespace SipAnalyzers.Configuration
{
    /// <summary>
    /// A documentation-comment ID with optional '*' wildcards (<c>P:Acme.Sip.Msg.Code</c>, <c>M:Acme.Sip.Reply(System.Int32)@code</c>,
    /// <c>T:Acme.*</c>). '@name' after a method ID selects one of its parameters (written '@' because .editorconfig cuts a
    /// value at '#'; held as '#', the form <see cref="Context.ConfiguredSymbols.DocumentationId"/> gives parameters).
    /// </summary>
    internal sealed class SymbolPattern
    {
        private readonly string[] _parts;
        private readonly bool _startsWithWildcard;
        private readonly bool _endsWithWildcard;

        public SymbolPattern(string text, string key = "", object? source = null)
        {
            Written = text;
            text = text.Replace('@', '#');
            Text = text;
            Key = key;
            Source = source ?? string.Empty;
            _parts = text.Split(new[] { '*' }, StringSplitOptions.None);
            _startsWithWildcard = text.StartsWith("*", StringComparison.Ordinal);
            _endsWithWildcard = text.EndsWith("*", StringComparison.Ordinal);
        }

        public string Text { get; }

        /// <summary>The value as the user wrote it (with '@'), for messages.</summary>
        public string Written { get; }

        /// <summary>The option it came from (<c>sip_analyzers.status_symbols</c>), for SIP9001/SIP9002.</summary>
        public string Key { get; }

        /// <summary>Where it was set, as a user can find it: "the global analyzer config", or the .editorconfig that applies to a file.</summary>
        public object Source { get; }

        public bool Matches(string id)
        {
            if (_parts.Length == 1)
            {
                return string.Equals(id, Text, StringComparison.Ordinal);
            }

            var position = 0;
            for (var i = 0; i < _parts.Length; i++)
            {
                var part = _parts[i];
                if (part.Length == 0)
                {
                    continue;
                }

                if (i == 0 && !_startsWithWildcard)
                {
                    if (!id.StartsWith(part, StringComparison.Ordinal))
                    {
                        return false;
                    }

                    position = part.Length;
                    continue;
                }

                if (i == _parts.Length - 1 && !_endsWithWildcard)
                {
                    return id.Length - part.Length >= position && id.EndsWith(part, StringComparison.Ordinal);
                }

                var found = id.IndexOf(part, position, StringComparison.Ordinal);
                if (found < 0)
                {
                    return false;
                }

                position = found + part.Length;
            }

            return true;
        }
    }
}
