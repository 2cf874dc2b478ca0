using System;
using System.Globalization;

namespace SipAnalyzers.Diagnostics
{
    /// <summary>
    /// A text kept in both languages where its knowledge lives (a stack profile's note on a code), formatted in the
    /// message's language: the <c>Language</c> resource of <see cref="SipResources"/> for the formatting culture says which.
    /// </summary>
    internal sealed class BilingualText : IFormattable
    {
        public BilingualText(string english, string french)
        {
            English = english;
            French = french;
        }

        public string English { get; }

        public string French { get; }

        public string ToString(string? format, IFormatProvider? formatProvider)
            => SipResources.Manager.GetString("Language", formatProvider as CultureInfo) == "fr" ? French : English;

        public override string ToString() => ToString(null, null);
    }
}
