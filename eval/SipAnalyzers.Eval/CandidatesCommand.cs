using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SipAnalyzers.Eval;

/// <summary>One integer literal in 100..699 found in a SIP-related file: a row of out/candidates.tsv.</summary>
public sealed record Candidate(ManifestRow Row, string Path, int Line, int Column, string Literal);

/// <summary>Per-repository totals printed by the candidates verb.</summary>
public sealed record RepoCounts(string Repo, bool Extracted, int Files, int SipFiles, int Lines, int SipLines, int Candidates);

/// <summary>
/// The "candidates" verb: for each manifest row, parses the SIP-related .cs files of eval/sources/owner+name
/// and lists every active integer literal token (decimal, hex or binary) whose value is 100..699.
/// The label, context and reason columns are left empty for labelling.
/// </summary>
public static class CandidatesCommand
{
    public const int MinCode = 100;
    public const int MaxCode = 699;

    private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(
        LanguageVersion.Preview,
        DocumentationMode.Parse,
        SourceCodeKind.Regular,
        preprocessorSymbols: ["DEBUG", "TRACE"]);

    public static int Run(string evalDir)
    {
        IReadOnlyList<ManifestRow> rows = Manifest.Load(System.IO.Path.Combine(evalDir, "manifest.tsv"));
        string sourcesDir = System.IO.Path.Combine(evalDir, "sources");

        var candidates = new List<Candidate>();
        var counts = new List<RepoCounts>();
        foreach (ManifestRow row in rows)
        {
            string repoRoot = System.IO.Path.Combine(sourcesDir, row.SourceKey);
            if (!Directory.Exists(repoRoot))
            {
                Console.Error.WriteLine($"[{row.Repo}] not extracted: run eval/extract.sh {row.Repo}");
                counts.Add(new RepoCounts(row.Repo, false, 0, 0, 0, 0, 0));
                continue;
            }

            int files = 0, sipFiles = 0, lines = 0, sipLines = 0, found = 0;
            foreach (SourceFile file in RepoFiles.Enumerate(repoRoot, row))
            {
                SyntaxTree tree = CSharpSyntaxTree.ParseText(file.Text, ParseOptions, file.FullPath);
                int lineCount = tree.GetText().Lines.Count;
                files++;
                lines += lineCount;
                if (!file.IsSipRelated)
                {
                    continue;
                }

                sipFiles++;
                sipLines += lineCount;
                foreach (Candidate candidate in FindCandidates(row, file.RelativePath, tree))
                {
                    candidates.Add(candidate);
                    found++;
                }
            }

            counts.Add(new RepoCounts(row.Repo, true, files, sipFiles, lines, sipLines, found));
        }

        string outDir = System.IO.Path.Combine(evalDir, "out");
        Directory.CreateDirectory(outDir);
        string outPath = System.IO.Path.Combine(outDir, "candidates.tsv");
        WriteTsv(outPath, candidates);
        PrintCounts(counts);
        Console.WriteLine($"wrote {candidates.Count} candidates to {outPath}");
        return counts.All(c => c.Extracted) ? 0 : 1;
    }

    /// <summary>
    /// Integer literal tokens of the tree with a value in 100..699. Tokens inside disabled #if regions,
    /// comments and directives are trivia, so they are not visited.
    /// </summary>
    public static IEnumerable<Candidate> FindCandidates(ManifestRow row, string relativePath, SyntaxTree tree)
    {
        foreach (SyntaxToken token in tree.GetRoot().DescendantTokens())
        {
            if (!token.IsKind(SyntaxKind.NumericLiteralToken) || !IsCodeInRange(token.Value))
            {
                continue;
            }

            var position = token.GetLocation().GetLineSpan().StartLinePosition;
            yield return new Candidate(row, relativePath, position.Line + 1, position.Character + 1, token.Text);
        }
    }

    /// <summary>True for an integer value (not a real or decimal literal) within 100..699.</summary>
    public static bool IsCodeInRange(object? value) => value switch
    {
        int v => v is >= MinCode and <= MaxCode,
        uint v => v is >= MinCode and <= MaxCode,
        long v => v is >= MinCode and <= MaxCode,
        ulong v => v is >= MinCode and <= MaxCode,
        _ => false,
    };

    private static void WriteTsv(string path, IEnumerable<Candidate> candidates)
    {
        var sb = new StringBuilder();
        sb.Append("repo\tcommit\tpath\tline\tcolumn\tliteral\tlabel\tcontext\treason\n");
        foreach (Candidate c in candidates)
        {
            sb.Append(c.Row.Repo).Append('\t')
              .Append(c.Row.Commit).Append('\t')
              .Append(c.Path).Append('\t')
              .Append(c.Line).Append('\t')
              .Append(c.Column).Append('\t')
              .Append(c.Literal).Append('\t')
              .Append('\t')   // label
              .Append('\t')   // context
              .Append('\n');  // reason
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static void PrintCounts(IReadOnlyList<RepoCounts> counts)
    {
        int width = Math.Max(4, counts.Max(c => c.Repo.Length));
        Console.WriteLine($"{"repo".PadRight(width)}  {"files",6}  {"sip",6}  {"lines",8}  {"sip lines",9}  {"candidates",10}");
        foreach (RepoCounts c in counts)
        {
            string note = c.Extracted ? "" : "  (not extracted)";
            Console.WriteLine($"{c.Repo.PadRight(width)}  {c.Files,6}  {c.SipFiles,6}  {c.Lines,8}  {c.SipLines,9}  {c.Candidates,10}{note}");
        }

        Console.WriteLine($"{"total".PadRight(width)}  {counts.Sum(c => c.Files),6}  {counts.Sum(c => c.SipFiles),6}  " +
                          $"{counts.Sum(c => c.Lines),8}  {counts.Sum(c => c.SipLines),9}  {counts.Sum(c => c.Candidates),10}");
    }
}
