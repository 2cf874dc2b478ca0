using System;

namespace SipAnalyzers.Configuration
{
    /// <summary>
    /// A documentation-comment ID with optional '*' wildcards (<c>P:Acme.Sip.Msg.Code</c>, <c>M:Acme.Sip.Reply(System.Int32)#code</c>,
    /// <c>T:Acme.*</c>). '#name' after a method ID selects one of its parameters.
    /// </summary>
    internal sealed class SymbolPattern
    {
        private readonly string[] _parts;
        private readonly bool _startsWithWildcard;
        private readonly bool _endsWithWildcard;

        public SymbolPattern(string text)
        {
            Text = text;
            _parts = text.Split(new[] { '*' }, StringSplitOptions.None);
            _startsWithWildcard = text.StartsWith("*", StringComparison.Ordinal);
            _endsWithWildcard = text.EndsWith("*", StringComparison.Ordinal);
        }

        public string Text { get; }

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
