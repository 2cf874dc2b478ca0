namespace SipAnalyzers.Eval;

/// <summary>One row of eval/manifest.tsv: a public repository pinned to a commit.</summary>
public sealed record ManifestRow(
    string Repo,
    string Commit,
    string Lineage,
    string Stack,
    string Kind,
    string Include,
    IReadOnlyList<string> Exclude,
    string Description)
{
    /// <summary>Folder name under eval/sources/: owner+name.</summary>
    public string SourceKey => Repo.Replace('/', '+');
}

public static class Manifest
{
    private static readonly string[] Columns =
        ["repo", "commit", "lineage", "stack", "kind", "include", "exclude", "description"];

    public static IReadOnlyList<ManifestRow> Load(string path)
    {
        var rows = new List<ManifestRow>();
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Split('\t') is not { } header || !header.SequenceEqual(Columns))
        {
            throw new InvalidDataException($"{path}: the header must be: {string.Join(" ", Columns)}");
        }

        for (int i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]) || lines[i].StartsWith('#'))
            {
                continue;
            }

            string[] f = lines[i].Split('\t');
            if (f.Length != Columns.Length)
            {
                throw new InvalidDataException($"{path}:{i + 1}: expected {Columns.Length} tab-separated fields, found {f.Length}");
            }

            rows.Add(new ManifestRow(
                Repo: f[0].Trim(),
                Commit: f[1].Trim(),
                Lineage: f[2].Trim(),
                Stack: f[3].Trim(),
                Kind: f[4].Trim(),
                Include: NormalizePrefix(f[5]),
                Exclude: f[6].Trim() == "-"
                    ? []
                    : f[6].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(NormalizePrefix).ToArray(),
                Description: f[7].Trim()));
        }

        return rows;
    }

    /// <summary>Path prefix relative to the repo root, with '/' and no leading "./" or trailing '/'; "." is the whole repo.</summary>
    private static string NormalizePrefix(string value)
    {
        string p = value.Trim().Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }

        p = p.TrimEnd('/');
        return p.Length == 0 ? "." : p;
    }
}
