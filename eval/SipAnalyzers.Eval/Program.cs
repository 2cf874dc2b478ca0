namespace SipAnalyzers.Eval;

/// <summary>Entry point: picks the verb and finds the eval folder (the one holding manifest.tsv).</summary>
public static class Program
{
    private const string Usage =
        "usage: SipAnalyzers.Eval <verb> [--eval-dir DIR]\n" +
        "verbs:\n" +
        "  candidates   list the 100..699 integer literals of the SIP-related files into out/candidates.tsv\n" +
        "  run          compile each corpus project in memory, run every SipAnalyzers analyzer: out/diagnostics.tsv, out/run.tsv\n" +
        "  score        the literal rules against labels/*.tsv: recall and precision, missed and false sites (out/score.md)\n" +
        "  bulkfix      every fix applied as dotnet format applies them: fixed, left, compiler errors before and after (out/bulkfix.md)\n" +
        "  explain REPO PATH LINE COLUMN   the operations above one literal, with their types and symbols";

    public static async Task<int> Main(string[] args)
    {
        string? verb = null;
        var extra = new List<string>();
        string? evalDir = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--eval-dir" && i + 1 < args.Length)
            {
                evalDir = args[++i];
            }
            else if (args[i] is "-h" or "--help")
            {
                Console.WriteLine(Usage);
                return 0;
            }
            else if (verb is null)
            {
                verb = args[i];
            }
            else if (verb == "explain")
            {
                extra.Add(args[i]);
            }
            else
            {
                Console.Error.WriteLine($"unexpected argument: {args[i]}\n{Usage}");
                return 2;
            }
        }

        evalDir ??= FindEvalDir();
        if (evalDir is null)
        {
            Console.Error.WriteLine("cannot find manifest.tsv (looked in the current folder, ./eval and their parents); pass --eval-dir");
            return 2;
        }

        switch (verb)
        {
            case "candidates":
                return CandidatesCommand.Run(Path.GetFullPath(evalDir));
            case "run":
                return await RunCommand.Run(Path.GetFullPath(evalDir));
            case "explain" when extra.Count == 4:
                return RunCommand.Explain(Path.GetFullPath(evalDir), extra[0], extra[1], int.Parse(extra[2]), int.Parse(extra[3]));
            case "bulkfix":
                return await BulkFixCommand.Run(Path.GetFullPath(evalDir));
            case "score":
                return ScoreCommand.Run(Path.GetFullPath(evalDir));
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static string? FindEvalDir()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "manifest.tsv")))
            {
                return dir.FullName;
            }

            string nested = Path.Combine(dir.FullName, "eval");
            if (File.Exists(Path.Combine(nested, "manifest.tsv")))
            {
                return nested;
            }
        }

        return null;
    }
}
