using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using SipAnalyzers.Context;
using SipAnalyzers.Stacks;
using Xunit;

namespace SipAnalyzers.Tests.Detection;

/// <summary>
/// The early exit's source scan (<see cref="SipPresence.TextMentionsSip"/>) searches for the letter each SIP
/// word hinges on and looks around each hit, piece by piece through a buffer: it must agree with a plain
/// case-insensitive search everywhere, at the pieces' edges and at the text's ends included.
/// </summary>
public class SourceScanTests
{
    private static readonly Regex Reference = new(string.Join("|", KnownStacks.SourceWords.Select(Regex.Escape)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string[] Words = { "sip", "SIP", "Sip", "pjsua", "PJSUA2", "b2bua", "B2BUA", "LumiSoft.Net.SIP", "SIPSorcery" };

    // Letters around the words' hinges and near-misses ("si p", "pjsu", "b2bu"), so every look-around runs.
    private const string Alphabet = "sSiIpPjJuUaAbB2rRtTcC.lLoOnNgG xyz_;()\n0123456789";

    [Fact]
    public void Agrees_with_a_plain_search_on_random_text()
    {
        var random = new Random(3261);
        var buffer = new char[64];
        for (var n = 0; n < 3000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 300)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            Assert.True(Reference.IsMatch(text) == SipPresence.TextMentionsSip(SourceText.From(text), buffer), "'" + text + "'");
        }
    }

    [Fact]
    public void Finds_each_word_at_every_offset_around_the_pieces_edges()
    {
        const string Filler = "public static int Parse(string value) => 42; // offset buffer\n";
        var buffer = new char[64];
        foreach (var word in Words)
        {
            for (var offset = 0; offset < 140; offset++)
            {
                var text = new StringBuilder();
                while (text.Length < offset)
                {
                    text.Append(Filler);
                }

                text.Length = offset;
                text.Append(word).Append(Filler, 0, offset % 9);
                Assert.False(Reference.IsMatch(text.ToString(0, offset)), "the filler has no word");
                Assert.True(SipPresence.TextMentionsSip(SourceText.From(text.ToString()), buffer), word + " at " + offset);
            }
        }
    }

    [Fact]
    public void Searches_for_at_most_five_characters()
        => Assert.InRange(SipPresence.HingeCharacters.Count, 1, 5); // IndexOfAny is vectorized for up to five values

    [Theory]
    [InlineData("")]
    [InlineData("p")]
    [InlineData("si")]
    [InlineData("ip")]
    [InlineData("2bua")]
    [InlineData("b2bu")]
    [InlineData("s ip; pj sua; b 2bua")]
    [InlineData("public sealed class HttpHandler { int Port = 8080; float f = 2f; }")]
    public void Ignores_near_misses(string text)
        => Assert.False(SipPresence.TextMentionsSip(SourceText.From(text), new char[64]));
}
