using System.Text.RegularExpressions;

namespace SipAnalyzers.Eval;

/// <summary>A C# file of an extracted repository: its path relative to the repo root (with '/') and its text.</summary>
public sealed record SourceFile(string RelativePath, string FullPath, string Text, bool IsSipRelated);

/// <summary>Walks the .cs files of one extracted repository, honouring the manifest's include and exclude prefixes.</summary>
public static partial class RepoFiles
{
    /// <summary>A file is SIP-related when its path or its text matches this (case-insensitive).</summary>
    [GeneratedRegex(@"sip|pjsua|pjsip|linphone|b2bua|Rtc\.Collaboration|Rtc\.Signaling", RegexOptions.IgnoreCase)]
    private static partial Regex SipRelated();

    public static IEnumerable<SourceFile> Enumerate(string repoRoot, ManifestRow row)
    {
        string start = row.Include == "." ? repoRoot : Path.Combine(repoRoot, row.Include);
        if (!Directory.Exists(start))
        {
            yield break;
        }

        var paths = Directory.EnumerateFiles(start, "*.cs", SearchOption.AllDirectories)
            .Select(full => (Full: full, Relative: Path.GetRelativePath(repoRoot, full).Replace('\\', '/')))
            .Where(p => !IsInBinOrObj(p.Relative) && !row.Exclude.Any(prefix => HasPrefix(p.Relative, prefix)))
            .OrderBy(p => p.Relative, StringComparer.Ordinal);

        foreach (var (full, relative) in paths)
        {
            string text = File.ReadAllText(full);
            bool sip = SipRelated().IsMatch(relative) || SipRelated().IsMatch(text);
            yield return new SourceFile(relative, full, text, sip);
        }
    }

    public static bool HasPrefix(string relativePath, string prefix) =>
        prefix == "." ||
        relativePath == prefix ||
        relativePath.StartsWith(prefix + "/", StringComparison.Ordinal);

    private static bool IsInBinOrObj(string relativePath) =>
        relativePath.Split('/').SkipLast(1).Any(segment =>
            segment.Equals("bin", StringComparison.OrdinalIgnoreCase) ||
            segment.Equals("obj", StringComparison.OrdinalIgnoreCase));
}
