using System.Text;
using System.Text.RegularExpressions;

namespace SipAnalyzers.DocGen;

/// <summary>
/// Turns RFC citations in hand-written prose into links to rfc-editor.org: "RFC 3261 section 21.4.24", "RFC 8197",
/// and a bare "section 16.7" (of the RFC named last in the text, RFC 3261 when none is).
/// </summary>
public static partial class RfcLinks
{
    private const string DefaultRfc = "3261";

    /// <summary>Every (RFC, section) a text cites, for the test that checks the sections exist.</summary>
    public static IEnumerable<(string Rfc, string Section)> Citations(string text)
    {
        var rfc = DefaultRfc;
        foreach (Match match in Citation().Matches(text))
        {
            if (match.Groups["rfc"].Success)
            {
                rfc = match.Groups["rfc"].Value;
            }

            foreach (Capture section in match.Groups["section"].Captures)
            {
                yield return (rfc, section.Value);
            }
        }
    }

    public static string Linkify(string text)
    {
        var sb = new StringBuilder();
        var rfc = DefaultRfc;
        var last = 0;
        foreach (Match match in Citation().Matches(text))
        {
            sb.Append(text, last, match.Index - last);
            last = match.Index + match.Length;
            var sections = match.Groups["section"].Captures;
            if (match.Groups["rfc"].Success)
            {
                rfc = match.Groups["rfc"].Value;
                if (sections.Count == 0)
                {
                    sb.Append($"[RFC {rfc}]({Url(rfc, null)})");
                    continue;
                }

                if (sections.Count == 1)
                {
                    sb.Append($"[{match.Value}]({Url(rfc, sections[0].Value)})");
                    continue;
                }
            }
            else if (sections.Count == 1)
            {
                sb.Append($"[{match.Value}]({Url(rfc, sections[0].Value)})");
                continue;
            }

            // "sections 8.1.3.2 and 21.2": each number links to its own section.
            var start = match.Index;
            foreach (Capture section in sections)
            {
                sb.Append(text, start, section.Index - start);
                sb.Append($"[{section.Value}]({Url(rfc, section.Value)})");
                start = section.Index + section.Length;
            }

            sb.Append(text, start, match.Index + match.Length - start);
        }

        sb.Append(text, last, text.Length - last);
        return sb.ToString();
    }

    private static string Url(string rfc, string? section)
        => $"https://www.rfc-editor.org/rfc/rfc{rfc}" + (section == null ? string.Empty : "#section-" + section);

    // English "RFC 3261 sections 8.1.3.2 and 21.2"; French "RFC 3261, sections 8.1.3.2 et 21.2".
    [GeneratedRegex(@"(?:RFC (?<rfc>\d{4})(?:,? sections? (?<section>\d+(?:\.\d+)*)(?:(?:, | and | et )(?<section>\d+(?:\.\d+)*))*)?)|(?:\bsections? (?<section>\d+(?:\.\d+)*)(?:(?:, | and | et )(?<section>\d+(?:\.\d+)*))*)")]
    private static partial Regex Citation();
}
