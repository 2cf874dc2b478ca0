using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SipAnalyzers.Tests.Reliability;

/// <summary>One input changed in a way nobody writes on purpose, with the compilation settings to analyze it under.</summary>
internal sealed record Mutant(string Description, string Source, LanguageVersion Version, bool WithStacks, OutputKind Kind, bool AllowUnsafe)
{
    public override string ToString() => Description + " (C# " + Version.ToDisplayString() + (WithStacks ? "" : ", no stack references") + ")";
}

/// <summary>CsCheck generators of mutants: truncations, token deletions and duplications, renamed identifiers, unbalanced
/// braces, huge literals, and wrappers (unchecked, unsafe, nullable, top-level statements, file-scoped namespaces,
/// records, primary constructors), under every language version from C# 7.3 to the latest.</summary>
internal static class Mutations
{
    private static readonly LanguageVersion[] Versions =
    {
        LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10,
        LanguageVersion.CSharp11, LanguageVersion.CSharp12, LanguageVersion.Latest,
    };

    private static readonly string[] HugeLiterals = { "2147483647", "-2147483648", "4294967295", "9223372036854775807", "99999999999999999999", "0x7FFFFFFF", "1_000_000", "486L", "486u", "486.0" };

    private static readonly string[] Identifiers = { "StatusCode", "Status", "code", "SIPResponseStatusCodesEnum", "SipStatusCode", "var", "dynamic", "_", "@class", "Missing" };

    public static Gen<Mutant> Of(IReadOnlyList<string> inputs) =>
        from index in Gen.Int[0, inputs.Count - 1]
        from kind in Gen.Int[0, 11]
        from position in Gen.Int[0, int.MaxValue]
        from pick in Gen.Int[0, 1000]
        from version in Gen.Int[0, Versions.Length - 1]
        from withStacks in Gen.Int[0, 4]
        select Mutate(inputs[index], index, kind, position, pick, Versions[version], withStacks != 0);

    private static Mutant Mutate(string source, int index, int kind, int position, int pick, LanguageVersion version, bool withStacks)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToList();
        var token = tokens[position % tokens.Count];
        var name = $"input {index}: ";
        var outputKind = OutputKind.DynamicallyLinkedLibrary;
        var allowUnsafe = false;
        string mutated;
        switch (kind)
        {
            case 0:
                var cut = position % Math.Max(1, source.Length);
                mutated = source.Substring(0, cut);
                name += "truncated at " + cut;
                break;
            case 1:
                mutated = source.Remove(token.SpanStart, token.Span.Length);
                name += $"token '{token.Text}' at {token.SpanStart} deleted";
                break;
            case 2:
                mutated = source.Insert(token.SpanStart, token.Text + " ");
                name += $"token '{token.Text}' at {token.SpanStart} duplicated";
                break;
            case 3:
                var identifiers = tokens.Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
                if (identifiers.Count == 0)
                {
                    goto default;
                }

                var identifier = identifiers[position % identifiers.Count];
                var replacement = Identifiers[pick % Identifiers.Length];
                mutated = source.Remove(identifier.SpanStart, identifier.Span.Length).Insert(identifier.SpanStart, replacement);
                name += $"identifier '{identifier.Text}' at {identifier.SpanStart} renamed to {replacement}";
                break;
            case 4:
                var braces = tokens.Where(t => t.IsKind(SyntaxKind.CloseBraceToken) || t.IsKind(SyntaxKind.OpenBraceToken)).ToList();
                if (braces.Count == 0)
                {
                    goto default;
                }

                var brace = braces[position % braces.Count];
                mutated = source.Remove(brace.SpanStart, 1);
                name += $"brace at {brace.SpanStart} removed";
                break;
            case 5:
                var numbers = tokens.Where(t => t.IsKind(SyntaxKind.NumericLiteralToken)).ToList();
                if (numbers.Count == 0)
                {
                    goto default;
                }

                var number = numbers[position % numbers.Count];
                var huge = HugeLiterals[pick % HugeLiterals.Length];
                mutated = source.Remove(number.SpanStart, number.Span.Length).Insert(number.SpanStart, huge);
                name += $"literal {number.Text} at {number.SpanStart} replaced by {huge}";
                break;
            case 6:
                mutated = WrapBodies(source, "unchecked");
                name += "method bodies in unchecked blocks";
                break;
            case 7:
                mutated = WrapBodies(source, "unsafe");
                allowUnsafe = true;
                name += "method bodies in unsafe blocks";
                break;
            case 8:
                mutated = "#nullable enable\n" + source;
                name += "nullable context";
                break;
            case 9:
                mutated = "var response = new SIPSorcery.SIP.SIPResponse(SIPSorcery.SIP.SIPResponseStatusCodesEnum.Ok, null);\n"
                    + "if (response.StatusCode == 486 || response.StatusCode >= 600) System.Console.WriteLine(603);\n" + source;
                outputKind = OutputKind.ConsoleApplication;
                name += "top-level statements before it";
                break;
            case 10:
                var firstNamespace = tokens.FirstOrDefault(t => t.IsKind(SyntaxKind.NamespaceKeyword));
                mutated = source.Replace("class ", "record ", StringComparison.Ordinal);
                name += "classes turned into records";
                if (firstNamespace != default && pick % 2 == 0)
                {
                    mutated = "namespace Scoped;\n" + mutated;
                    name += ", under a file-scoped namespace";
                }

                break;
            case 11:
                mutated = source + "\nclass PrimaryConstructor(int code) { bool Busy => code == 486; int Map(int c = 603) => c switch { 600 => 486, _ => code }; }\n";
                name += "a primary-constructor class appended";
                break;
            default:
                mutated = source;
                name += "unchanged";
                break;
        }

        return new Mutant(name, mutated, version, withStacks, outputKind, allowUnsafe);
    }

    /// <summary>Wraps every method body in <c>unchecked { }</c> or <c>unsafe { }</c>.</summary>
    private static string WrapBodies(string source, string keyword)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var wrapped = root.ReplaceNodes(
            root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Where(m => m.Body != null).Select(m => m.Body!),
            (_, body) => SyntaxFactory.Block(keyword == "unsafe"
                ? SyntaxFactory.UnsafeStatement(body)
                : SyntaxFactory.CheckedStatement(SyntaxKind.UncheckedStatement, body)));
        return wrapped.ToFullString();
    }
}
