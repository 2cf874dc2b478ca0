using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SipAnalyzers.Diagnostics;
using SipAnalyzers.DocGen;
using SipAnalyzers.Registry;
using SipAnalyzers.Registry.French;
using SipAnalyzers.Stacks;
using Xunit;

namespace SipAnalyzers.Tests.Localization;

/// <summary>
/// The French texts are complete and fit the English ones: every resource (rule texts and message fragments) has a
/// translation with the same format placeholders, every registered code has its French explanations, and every note a
/// stack profile keeps is in both languages. A new rule, code or fragment without its French fails here.
/// </summary>
public class FrenchTranslationTests
{
    private static readonly string Root = DocsRenderer.FindRepositoryRoot(AppContext.BaseDirectory);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static Dictionary<string, string> Resources(string file)
        => XDocument.Load(Path.Combine(Root, "src", "SipAnalyzers", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string[] Placeholders(string text)
        => Regex.Matches(text, @"\{(\d+)\}").Select(m => m.Groups[1].Value).OrderBy(p => p, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_resource_has_a_French_text_with_the_same_placeholders()
    {
        var english = Resources("SipResources.resx");
        var french = Resources("SipResources.fr.resx");

        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.All(english, entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(french[entry.Key]), entry.Key);
            Assert.True(Placeholders(entry.Value).SequenceEqual(Placeholders(french[entry.Key])),
                $"{entry.Key}: placeholders {string.Join(",", Placeholders(entry.Value))} in English, {string.Join(",", Placeholders(french[entry.Key]))} in French");
            Assert.DoesNotContain('\u00A0', french[entry.Key]);
        });
    }

    [Fact]
    public void Every_rule_text_is_translated_and_read_from_the_satellite()
    {
        var messages = typeof(Descriptors).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(Microsoft.CodeAnalysis.DiagnosticDescriptor))
            .Select(f => (Microsoft.CodeAnalysis.DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        Assert.True(messages.Count > Descriptors.All.Length); // the variants too

        Assert.All(messages, descriptor =>
        {
            var english = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            var french = descriptor.MessageFormat.ToString(French);
            Assert.NotEqual(english, french);
            Assert.NotEqual(descriptor.Title.ToString(CultureInfo.InvariantCulture), descriptor.Title.ToString(French));
            Assert.NotEqual(descriptor.Description.ToString(CultureInfo.InvariantCulture), descriptor.Description.ToString(French));
        });
    }

    [Theory]
    [InlineData("SipAnalyzers/Resources/Fragments.cs", "Fragment_")] // a fragment without its resource would print its key
    [InlineData("SipAnalyzers.CodeFixes/Resources/FixTitles.cs", "Fix_")]
    public void Every_text_the_code_names_by_nameof_is_a_resource(string file, string prefix)
    {
        var source = File.ReadAllText(Path.Combine(Root, "src", file));
        var named = Regex.Matches(source, @"Text\(nameof\((\w+)\)").Select(m => prefix + m.Groups[1].Value).Distinct().ToList();
        var english = Resources("SipResources.resx");

        Assert.NotEmpty(named);
        Assert.All(named, key => Assert.True(english.ContainsKey(key), key + " is not in SipResources.resx"));
        Assert.All(english.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)), key => Assert.Contains(key, named));
    }

    [Fact]
    public void A_fragment_follows_the_language_of_the_message_around_it()
    {
        var fragment = Fragments.WithEvidence(Fragments.LoopCallsAgain("RegisterAsync"), Fragments.RaisedOnEveryFailure("RegistrationFailed"));

        Assert.Equal("The loop calls RegisterAsync again (the stack raises RegistrationFailed on every failure)", fragment.ToString(null, CultureInfo.InvariantCulture));
        Assert.Equal("La boucle appelle de nouveau RegisterAsync (la pile déclenche RegistrationFailed à chaque échec)", fragment.ToString(null, French));
    }

    [Fact]
    public void Every_registered_code_has_its_French_explanations()
    {
        Assert.Equal(SipStatusRegistry.All.Select(i => i.Code).OrderBy(c => c), SipStatusRegistryFr.Codes.OrderBy(c => c));
        Assert.All(SipStatusRegistry.All, info =>
        {
            var french = SipStatusRegistryFr.Find(info.Code)!;
            foreach (var (en, fr) in new[] { (info.Meaning, french.Meaning), (info.WhenYouSeeIt, french.WhenYouSeeIt), (info.HowToResolve, french.HowToResolve), (info.Retry, french.Retry) })
            {
                Assert.False(string.IsNullOrWhiteSpace(fr), info.Code + ": a French text is empty");
                Assert.NotEqual(en, fr);
                Assert.DoesNotContain('\u00A0', fr);
            }

            Assert.Equal(info.StandingNote != null, french.StandingNote != null);

            // Facts survive translation: every RFC section the English cites, the French cites too.
            var sections = Regex.Matches(info.Meaning + info.WhenYouSeeIt + info.HowToResolve + info.Retry, @"\b\d+\.\d+(\.\d+)*\b").Select(m => m.Value).Distinct();
            var frenchText = french.Meaning + french.WhenYouSeeIt + french.HowToResolve + french.Retry;
            Assert.All(sections, section => Assert.Contains(section, frenchText.Replace(',', '.'), StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Every_stack_note_is_kept_in_both_languages()
        => Assert.All(KnownStacks.AllNotes(), note =>
        {
            Assert.False(string.IsNullOrWhiteSpace(note.French), note.English);
            Assert.NotEqual(note.English, note.French);
            Assert.Equal(note.French, note.ToString(null, French));
            Assert.Equal(note.English, note.ToString(null, CultureInfo.InvariantCulture));
        });

    [Fact]
    public void The_French_comparisons_set_the_same_codes_side_by_side_and_cite_the_same_sections()
    {
        Assert.Equal(Comparisons.Curated.Length, ComparisonsFrench.Curated.Length);
        for (var i = 0; i < Comparisons.Curated.Length; i++)
        {
            var (english, french) = (Comparisons.Curated[i], ComparisonsFrench.Curated[i]);
            Assert.Equal(english.Codes, french.Codes);
            Assert.Equal(english.Rules, french.Rules);
            Assert.Equal(english.Differences.Length, french.Differences.Length);
            Assert.Equal(english.WhenToUse.Select(w => w.Code), french.WhenToUse.Select(w => w.Code));
            var englishText = string.Join(" ", new[] { english.Summary }.Concat(english.Differences).Concat(english.WhenToUse.Select(w => w.Use)));
            var frenchText = string.Join(" ", new[] { french.Summary }.Concat(french.Differences).Concat(french.WhenToUse.Select(w => w.Use)));
            Assert.Equal(RfcLinks.Citations(englishText).Distinct().OrderBy(c => c), RfcLinks.Citations(frenchText).Distinct().OrderBy(c => c));
        }
    }

    [Fact]
    public void Every_English_page_links_to_its_French_page_and_back()
    {
        var files = DocsRenderer.Render(Root);
        var french = files.Keys.Where(k => k.StartsWith("docs/fr/", StringComparison.Ordinal)).ToList();

        Assert.Equal(SipStatusRegistry.All.Length, french.Count(k => k.StartsWith("docs/fr/codes/", StringComparison.Ordinal) && !k.EndsWith("index.md", StringComparison.Ordinal)));
        Assert.Equal(Descriptors.All.Length, french.Count(k => k.StartsWith("docs/fr/rules/", StringComparison.Ordinal)));
        Assert.Equal(files.Keys.Count(k => k.StartsWith("docs/compare/", StringComparison.Ordinal)), french.Count(k => k.StartsWith("docs/fr/compare/", StringComparison.Ordinal)));
        Assert.All(french, page =>
        {
            var english = page.Replace("docs/fr/", "docs/", StringComparison.Ordinal);
            Assert.True(files.ContainsKey(english), page + " has no English page");
            Assert.Contains("[English](", files[page], StringComparison.Ordinal);
            Assert.Contains("[Français](", files[english], StringComparison.Ordinal);
        });
    }
}
