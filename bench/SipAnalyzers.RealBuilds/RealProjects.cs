namespace SipAnalyzers.RealBuilds;

/// <summary>
/// A project of the development corpus that builds on this machine (its packages are served here), as its authors wrote
/// it: the benchmark only chooses the target framework, pins versions this machine lacks (SipBench.targets) and adds
/// analyzers.
/// </summary>
internal sealed record RealProject(string Name, string Repository, string Description, string ProjectFile, string[] Properties)
{
    /// <summary>Sources for a project written by the benchmark (a folder of a repository without a project file of its own), or null.</summary>
    public string? GeneratedSources { get; init; }

    public static readonly RealProject[] All =
    {
        // The "real SIP library": its own SIP stack, RTP, SRTP, STUN/TURN, WebRTC; 93k lines, a quarter of them SIP.
        new("callora-core", "BechsteinDigital+callora-voip-sdk", "home-grown SIP/RTP/STUN/TURN stack (SIP-heavy)",
            "src/Core/CalloraVoipSdk.Core.csproj", new[] { "TargetFrameworks=net10.0" }),

        // pjsua2's SWIG binding: 44k lines of generated P/Invoke classes with pjsip's status enum and little hand-written SIP.
        // Its folder has no project of its own (PjSua2.Native.csproj also needs a package this machine lacks).
        new("pjsua2-binding", "Turrain+pjsua2_csharp_native", "pjsua2's SWIG binding (large, generated, little SIP)",
            "PjSua2.Binding.csproj", Array.Empty<string>())
        {
            GeneratedSources = "PjSua2.Native/PjSua2.Native/pjsua2",
        },
    };

    /// <summary>Where the project's sources are: the generated sources' folder, or the project file's.</summary>
    public string SourceFolder(string sourcesRoot, string projectFile)
        => GeneratedSources == null ? Path.GetDirectoryName(projectFile)! : Path.Combine(sourcesRoot, Repository, GeneratedSources);

    /// <summary>The project file to build: the repository's own, or one written for <see cref="GeneratedSources"/>.</summary>
    public string Prepare(string sourcesRoot, string outRoot)
    {
        var repository = Path.Combine(sourcesRoot, Repository);
        if (!Directory.Exists(repository))
        {
            throw new InvalidOperationException($"{repository} is missing: fetch the corpus and run eval/extract.sh (eval/README.md)");
        }

        if (GeneratedSources == null)
        {
            return Path.Combine(repository, ProjectFile);
        }

        var folder = Path.Combine(outRoot, Name);
        Directory.CreateDirectory(folder);
        var project = Path.Combine(folder, ProjectFile);
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <AllowUnsafeBlocks>true</AllowUnsafeBlocks>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
                <NoWarn>$(NoWarn);CS0108;CS0114;CS1591</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="{SourceFolder(sourcesRoot, project)}/**/*.cs" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }
}
