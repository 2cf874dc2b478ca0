using Microsoft.CodeAnalysis;
using System.Resources;

namespace SipAnalyzers.Diagnostics
{
    /// <summary>
    /// The texts of every diagnostic, from <c>Resources/SipResources.resx</c> (English) and its translations
    /// (<c>SipResources.fr.resx</c>, built into the <c>fr/SipAnalyzers.resources.dll</c> satellite). Keys are the rule's ID
    /// and the part: <c>SIP2001_Title</c>, <c>SIP2001_Message</c>, <c>SIP2001_Description</c>, and
    /// <c>SIP2004_Unchanged_Message</c> for a variant. The compiler and the IDE format them in the user's UI language.
    /// </summary>
    internal static class SipResources
    {
        public static readonly ResourceManager Manager = new ResourceManager("SipAnalyzers.Resources.SipResources", typeof(SipResources).Assembly);

        public static LocalizableString Title(string id) => Text(id + "_Title");

        public static LocalizableString Message(string id) => Text(id + "_Message");

        /// <summary>A variant's message: <c>SIP2004_Unchanged_Message</c>.</summary>
        public static LocalizableString Message(string id, string variant) => Text(id + "_" + variant + "_Message");

        public static LocalizableString Description(string id) => Text(id + "_Description");

        public static LocalizableString Text(string key) => new LocalizableResourceString(key, Manager, typeof(SipResources));
    }
}
