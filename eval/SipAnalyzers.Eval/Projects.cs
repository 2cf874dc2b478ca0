using System.Text.RegularExpressions;

namespace SipAnalyzers.Eval;

/// <summary>
/// The C# projects of an extracted repository: each .cs file belongs to the nearest .csproj above it (files under no
/// project form one more group), with the project's references to other projects of the repository and its package
/// references. Real builds compile per project; one compilation of a whole repository would see duplicate types.
/// </summary>
public sealed record RepoProject(string Name, string Directory, IReadOnlyList<SourceFile> Files, IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> Packages, IReadOnlyList<string> GlobalUsings);

public static partial class Projects
{
    [GeneratedRegex(@"<ProjectReference\s+Include=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectReference();

    [GeneratedRegex(@"<PackageReference\s+Include=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex PackageReference();

    [GeneratedRegex(@"<Reference\s+Include=""([^"",]+)", RegexOptions.IgnoreCase)]
    private static partial Regex AssemblyReference();

    [GeneratedRegex(@"<Compile\s+Include=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CompileItem();

    [GeneratedRegex(@"<ImplicitUsings>\s*(enable|true)\s*</ImplicitUsings>", RegexOptions.IgnoreCase)]
    private static partial Regex ImplicitUsings();

    [GeneratedRegex(@"<Using\s+Include=""([^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex UsingItem();

    /// <summary>The global usings Microsoft.NET.Sdk adds with ImplicitUsings enabled.</summary>
    private static readonly string[] SdkImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    public static IReadOnlyList<RepoProject> Find(string repoRoot, IReadOnlyList<SourceFile> files)
    {
        var projects = Directory.EnumerateFiles(repoRoot, "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetFullPath(p))
            .OrderByDescending(p => Path.GetDirectoryName(p)!.Length)
            .ToList();
        var groups = new Dictionary<string, List<SourceFile>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var owner = projects.FirstOrDefault(p => file.FullPath.StartsWith(Path.GetDirectoryName(p)! + Path.DirectorySeparatorChar, StringComparison.Ordinal)) ?? "";
            if (!groups.TryGetValue(owner, out var list))
            {
                groups[owner] = list = new List<SourceFile>();
            }

            list.Add(file);
        }

        var result = new List<RepoProject>();
        foreach (var (csproj, members) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (csproj.Length == 0)
            {
                result.Add(new RepoProject("(no project)", repoRoot, members, [], [], []));
                continue;
            }

            var text = File.ReadAllText(csproj);
            var directory = Path.GetDirectoryName(csproj)!;

            // Files a project links from outside its folder (<Compile Include="..\Shared\Lib.cs">) belong to it too.
            var byPath = files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
            foreach (var item in CompileItem().Matches(text).Select(m => m.Groups[1].Value))
            {
                var full = Path.GetFullPath(Path.Combine(directory, item.Replace('\\', Path.DirectorySeparatorChar)));
                if (!full.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) && byPath.TryGetValue(full, out var linked)
                    && !members.Contains(linked))
                {
                    members.Add(linked);
                }
            }

            var references = ProjectReference().Matches(text)
                .Select(m => Path.GetFullPath(Path.Combine(directory, m.Groups[1].Value.Replace('\\', Path.DirectorySeparatorChar))))
                .ToList();
            var packages = PackageReference().Matches(text).Select(m => m.Groups[1].Value)
                .Concat(AssemblyReference().Matches(text).Select(m => m.Groups[1].Value)).ToList();
            var usings = (ImplicitUsings().IsMatch(text) ? SdkImplicitUsings : []).Concat(UsingItem().Matches(text).Select(m => m.Groups[1].Value)).Distinct().ToList();
            result.Add(new RepoProject(csproj, directory, members, references, packages, usings));
        }

        return result;
    }
}
