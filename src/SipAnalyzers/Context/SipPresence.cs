using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.Detection;
using SipAnalyzers.Generator;
using SipAnalyzers.Stacks;
using System;
using System.Collections.Generic;
using System.Linq;

namespace SipAnalyzers.Context
{
    /// <summary>
    /// Whether a compilation has anything SIP in it: a source text with a SIP word (<see cref="KnownStacks.SourceWords"/>),
    /// then a stack's marker assembly or a declared name with a SIP word. The generated <c>Sip</c> types do not count: a
    /// compilation that has only them analyzes nothing.
    /// </summary>
    /// <remarks>
    /// The text comes first: it is our own work, while asking for the references binds them (the compiler's work,
    /// charged to whoever asks first). A stack's types cannot be used without naming its namespace or a type somewhere in
    /// the sources (using directives count, global ones included); a profile lists a word its namespace contains unless the
    /// namespace already says "sip", or the stack cannot be used without writing "sip:" URIs.
    /// </remarks>
    internal static class SipPresence
    {
        /// <summary>
        /// Each word with the character it is searched by: its rarest character in C# text (digits and 'j' before the
        /// common letters), so one vectorized search skips most of a text and each hit is checked against few words.
        /// </summary>
        private static readonly (string Word, int Offset)[][] WordsByHinge;
        private static readonly char[] Hinges;
        private static readonly int LongestWord = KnownStacks.SourceWords.Max(w => w.Length);

        // Letters from rare to common in C# sources; a word's hinge is its character that comes first here.
        private const string Rarity = "0123456789jqxzkvbwyfgpmhudlcsnroiate.";

        static SipPresence()
        {
            // A word that contains another is found through it (a stack name with "sip" in it, through "sip"). Each word hinges on a
            // character another word already hinges on where it has one, else on its rarest: IndexOfAny is vectorized
            // for up to five characters only, and each further hinge adds hits in ordinary code.
            var words = KnownStacks.SourceWords.Where(w => !KnownStacks.SourceWords.Any(o => o != w && w.Contains(o))).OrderBy(w => w.Length);
            var byHinge = new Dictionary<char, List<(string, int)>>();
            foreach (var word in words)
            {
                var offset = Enumerable.Range(0, word.Length).OrderBy(i => byHinge.ContainsKey(word[i]) ? -1 : Rank(word[i])).First();
                var hinge = word[offset];
                if (!byHinge.TryGetValue(hinge, out var list))
                {
                    byHinge[hinge] = list = new List<(string, int)>();
                }

                list.Add((word, offset));
            }

            Hinges = byHinge.Keys.SelectMany(c => char.IsLetter(c) ? new[] { c, char.ToUpperInvariant(c) } : new[] { c }).ToArray();
            WordsByHinge = new (string, int)[128][];
            foreach (var entry in byHinge)
            {
                WordsByHinge[entry.Key] = entry.Value.ToArray();
            }
        }

        /// <summary>The characters the scan searches for (both cases of each letter).</summary>
        internal static IReadOnlyList<char> HingeCharacters => Hinges;

        private static int Rank(char c) => Rarity.IndexOf(c) is var i && i >= 0 ? i : Rarity.Length;

        public static bool HasSipMarkers(Compilation compilation)
        {
            if (!SourceMentionsSip(compilation))
            {
                return false;
            }

            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                foreach (var marker in KnownStacks.MarkerAssemblies)
                {
                    if (string.Equals(assembly.Name, marker, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            // Declared names only (no symbols are created), namespaces included (SipSharp.StatusCode); the generated
            // types' own names and their namespace "Sip" do not count.
            return compilation.ContainsSymbolsWithName(
                name => SipNames.HasSipWord(name) && name != SipTypesSource.EnumName && name != SipTypesSource.PredicatesName
                    && name != SipTypesSource.Namespace,
                SymbolFilter.All);
        }

        /// <summary>
        /// A plain scan of the source texts, stopping at the first mention: cheaper than asking for declared names (which
        /// builds the declaration table). The analyzers' first test, and the generator's only one.
        /// </summary>
        internal static bool SourceMentionsSip(Compilation compilation)
        {
            var buffer = new char[8192];
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (!tree.FilePath.EndsWith(SipTypesGenerator.HintName, StringComparison.Ordinal) && TextMentionsSip(tree.GetText(), buffer))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>One text, copied through <paramref name="buffer"/> (longer than the longest word) piece by piece.</summary>
        internal static bool TextMentionsSip(SourceText text, char[] buffer)
        {
            var keep = LongestWord - 1; // a word split across pieces is still found
            var carry = 0;
            for (var position = 0; position < text.Length;)
            {
                var count = Math.Min(buffer.Length - carry, text.Length - position);
                text.CopyTo(position, buffer, carry, count);
                var length = carry + count;
                if (ContainsWord(buffer, length))
                {
                    return true;
                }

                carry = Math.Min(keep, length);
                Array.Copy(buffer, length - carry, buffer, 0, carry);
                position += count;
            }

            return false;
        }

        /// <summary>A vectorized search for the words' hinge characters, then a look around each hit.</summary>
        private static bool ContainsWord(char[] chars, int length)
        {
            var span = new ReadOnlySpan<char>(chars, 0, length);
            for (var from = 0; from < length;)
            {
                var hit = span.Slice(from).IndexOfAny(Hinges);
                if (hit < 0)
                {
                    return false;
                }

                var i = from + hit;
                foreach (var (word, offset) in WordsByHinge[Lower(chars[i]) & 0x7F])
                {
                    if (Matches(chars, i - offset, length, word))
                    {
                        return true;
                    }
                }

                from = i + 1;
            }

            return false;
        }

        /// <summary>
        /// ASCII letters to lower case; digits and '.' stay as they are (they have the bit already). Other characters may
        /// land anywhere, but never on a word's character from a character that could be written in its place.
        /// </summary>
        private static char Lower(char c) => (char)(c | 0x20);

        private static bool Matches(char[] chars, int start, int length, string word)
        {
            if (start < 0 || start + word.Length > length)
            {
                return false;
            }

            for (var i = 0; i < word.Length; i++)
            {
                if (Lower(chars[start + i]) != word[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
