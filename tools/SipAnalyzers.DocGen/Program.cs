using SipAnalyzers.DocGen;

var root = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? DocsRenderer.FindRepositoryRoot(AppContext.BaseDirectory);
var check = args.Contains("--check");
var drift = DocsRenderer.Apply(root, write: !check);
foreach (var path in drift)
{
    Console.WriteLine((check ? "out of date: " : "written: ") + path);
}

if (check && drift.Count > 0)
{
    Console.WriteLine("Derived docs differ from the registry and descriptors; run: dotnet run --project tools/SipAnalyzers.DocGen");
    return 1;
}

Console.WriteLine(drift.Count == 0 ? "docs are up to date" : $"{drift.Count} file(s) written");
return 0;
