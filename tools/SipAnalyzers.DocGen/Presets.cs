using System.Text;
using Microsoft.CodeAnalysis;
using SipAnalyzers.Diagnostics;

namespace SipAnalyzers.DocGen;

/// <summary>
/// The adoption presets selected by <c>&lt;SipAnalyzersMode&gt;</c>: one global analyzer config per mode, generated from
/// the descriptors (so a new rule lands in every preset) and shipped in the package's <c>build/config</c> folder.
/// </summary>
public static class Presets
{
    public static readonly (string Mode, string Purpose)[] Modes =
    {
        ("default", "each rule at its own default severity"),
        ("recommended", "the defaults, with the Info rules raised to warnings"),
        ("strict", "every rule an error"),
        ("suggestions", "every rule a suggestion: shown in the IDE and in SARIF logs, never failing a build (adopting the package in an existing codebase)"),
        ("none", "every rule off (the generated types stay)"),
    };

    public static string PathFor(string mode) => $"src/SipAnalyzers.Package/build/config/SipAnalyzers.{mode}.globalconfig";

    public static string Severity(string mode, DiagnosticDescriptor descriptor) => mode switch
    {
        "recommended" when descriptor.DefaultSeverity == DiagnosticSeverity.Info => "warning",
        "strict" => "error",
        "suggestions" => "suggestion",
        "none" => "none",
        _ => Name(descriptor.DefaultSeverity),
    };

    public static string Render(string mode)
    {
        var purpose = Modes.First(m => m.Mode == mode).Purpose;
        var sb = new StringBuilder();
        sb.Append($"# <SipAnalyzersMode>{mode}</SipAnalyzersMode>: {purpose}.\n");
        sb.Append("# Generated from the descriptors by tools/SipAnalyzers.DocGen; do not edit. Your own .editorconfig entries win over these.\n");
        sb.Append("is_global = true\n");
        sb.Append("global_level = -50\n");
        foreach (var descriptor in Descriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            sb.Append($"\n# {descriptor.Id}: {descriptor.Title} (default: {Name(descriptor.DefaultSeverity)})\n");
            sb.Append($"dotnet_diagnostic.{descriptor.Id}.severity = {Severity(mode, descriptor)}\n");
        }

        return sb.ToString();
    }

    private static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };
}
