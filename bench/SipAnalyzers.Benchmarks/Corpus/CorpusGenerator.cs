using System.Text;
using SipAnalyzers.Testing;

namespace SipAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Deterministic corpora for the benchmark (and, at a small size, for a unit test that keeps its expectations true).
/// The SIP corpus mixes three stack shapes (SIPSorcery-like, pjsua2-like, plain ints on an own SipResponse type) with
/// status checks, ranges, switches, retry loops and plenty of non-status integers. The non-SIP corpus has the same size
/// and no SIP symbol at all. Every method comes from a template whose diagnostics are known, so the generator knows
/// the exact count a correct analyzer must report.
/// </summary>
public static class CorpusGenerator
{
    public const int DefaultFiles = 1000;

    public static CorpusShape Sip(int files = DefaultFiles, int seed = 3261) => Build(files, seed, sip: true, clean: false);

    /// <summary>
    /// The same SIP corpus after adopting the package: every status literal is a named member and every range a
    /// SipStatus predicate. The analyzers still examine everything but find nothing: the steady-state cost.
    /// </summary>
    public static CorpusShape CleanSip(int files = DefaultFiles, int seed = 3261) => Build(files, seed, sip: true, clean: true);

    public static CorpusShape NonSip(int files = DefaultFiles, int seed = 7231) => Build(files, seed, sip: false, clean: false);

    /// <summary>One document of about <paramref name="lines"/> lines (the IDE case), from the SIP templates.</summary>
    public static CorpusShape SingleDocument(int lines = 5000, int seed = 486)
    {
        var random = new Random(seed);
        var counts = new Dictionary<string, int>();
        var sb = new StringBuilder("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Net;\nusing System.Net.Http;\nusing System.Threading.Tasks;\nusing SIPSorcery.SIP;\nusing pjsua2;\nusing Corpus.Stack;\nusing Sip;\n\nnamespace Corpus.Big\n{\n    public sealed class BigCallHandler\n    {\n");
        var method = 0;
        while (CountLines(sb) < lines - 10)
        {
            MixedMethod(sb, random, (Stack)(method % 3), method, counts, clean: false);
            method++;
        }

        sb.Append("    }\n}\n");
        var documents = new List<(string, string)> { ("BigCallHandler.cs", sb.ToString()) };
        documents.AddRange(Support(sip: true));
        return new CorpusShape(documents, counts, 1, usesStacks: true);
    }

    private enum Stack { SipSorcery, Pjsua2, PlainInt }

    private static CorpusShape Build(int files, int seed, bool sip, bool clean)
    {
        var random = new Random(seed);
        var counts = new Dictionary<string, int>();
        var documents = new List<(string, string)>(files + 4);
        for (var i = 0; i < files; i++)
        {
            var sb = new StringBuilder();
            if (sip)
            {
                var stack = (Stack)(i % 3);
                sb.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Net;\nusing System.Net.Http;\nusing System.Threading.Tasks;\n");
                sb.Append(stack switch { Stack.SipSorcery => "using SIPSorcery.SIP;\n", Stack.Pjsua2 => "using pjsua2;\n", _ => "using Corpus.Stack;\n" });
                sb.Append("using Sip;\n");
                sb.Append($"\nnamespace Corpus.Calls{i % 17}\n{{\n    public sealed class CallFlow{i}\n    {{\n");
                for (var m = 0; m < 12; m++)
                {
                    MixedMethod(sb, random, stack, i * 12 + m, counts, clean);
                }
            }
            else
            {
                sb.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Net;\nusing System.Net.Http;\nusing System.Threading.Tasks;\n");
                sb.Append($"\nnamespace Corpus.Shop{i % 17}\n{{\n    public sealed class OrderFlow{i}\n    {{\n");
                for (var m = 0; m < 12; m++)
                {
                    PlainMethod(sb, random, m, "Process" + m);
                }
            }

            sb.Append("    }\n}\n");
            documents.Add(($"{(sip ? "CallFlow" : "OrderFlow")}{i}.cs", sb.ToString()));
        }

        documents.AddRange(Support(sip));
        return new CorpusShape(documents, counts, files, usesStacks: sip);
    }

    /// <summary>
    /// The generator's output, run from outside as a build runs it (the benchmark uses no product internals), on a
    /// compilation that mentions SIP: the generator adds nothing to one that does not.
    /// </summary>
    private static readonly Lazy<string> GeneratedTypes = new(() =>
    {
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(new SipAnalyzers.Generator.SipTypesGenerator());
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Generated",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("// a SIP project") });
        return driver.RunGenerators(compilation).GetRunResult().GeneratedTrees.Single().ToString();
    });

    /// <summary>The generated enum's member for each code, read from its text.</summary>
    private static readonly Lazy<Dictionary<int, string>> GeneratedMembers = new(() =>
        System.Text.RegularExpressions.Regex.Matches(GeneratedTypes.Value, @"(\w+) = (\d{3}),")
            .ToDictionary(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), m => m.Groups[1].Value));

    /// <summary>
    /// A SIP project gets the generated Sip types (the generator adds them where the sources mention SIP) and its own
    /// plain-int stack; a project without SIP gets neither. SIPSorcery and pjsua2 are referenced assemblies
    /// (<see cref="CorpusShape.References"/>), as for users.
    /// </summary>
    private static IEnumerable<(string, string)> Support(bool sip)
    {
        if (sip)
        {
            yield return (SipAnalyzers.Generator.SipTypesGenerator.HintName, GeneratedTypes.Value);
            yield return ("PlainStack.cs", StackStubs.PlainInt);
        }
    }

    private static void Count(Dictionary<string, int> counts, string id, int n = 1)
        => counts[id] = counts.TryGetValue(id, out var c) ? c + n : n;

    private static readonly int[] Codes = { 180, 183, 200, 401, 403, 404, 407, 408, 480, 486, 487, 488, 500, 503, 600, 603, 604 };

    private static readonly int[] StatusTemplates = { 0, 1, 2, 3, 5, 6, 7, 9, 10, 11 };

    /// <summary>
    /// A quarter of the methods handle statuses (one of ten templates in turn); the rest are the silent SIP templates
    /// (retry loops with timers, HTTP next to SIP) and ordinary code. That gives about 30 raw status uses per 1,000 lines:
    /// dense for real code, so the reporting path is exercised.
    /// </summary>
    private static void MixedMethod(StringBuilder sb, Random random, Stack stack, int index, Dictionary<string, int> counts, bool clean)
    {
        switch (index % 4)
        {
            case 0: SipMethod(sb, random, stack, StatusTemplates[index / 4 % StatusTemplates.Length], "Handle" + index, clean ? new Dictionary<string, int>() : counts, clean); break;
            case 1: SipMethod(sb, random, stack, 4, "Retry" + index, counts, clean); break;
            case 2: SipMethod(sb, random, stack, 8, "Check" + index, counts, clean); break;
            default: PlainMethod(sb, random, index / 4, "Process" + index); break;
        }
    }

    private static void SipMethod(StringBuilder sb, Random random, Stack stack, int index, string name, Dictionary<string, int> counts, bool clean)
    {
        // Clean mode writes what the fixes would: named members and predicates.
        string C(int code) => clean ? "(int)SipStatusCode." + GeneratedMembers.Value[code] : code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Range(string operand, string raw, string predicate) => clean ? $"SipStatus.{predicate}({operand})" : raw;
        var a = Codes[random.Next(Codes.Length)];
        var b = Codes[random.Next(Codes.Length)];
        var status = stack switch { Stack.SipSorcery => "resp.StatusCode", Stack.Pjsua2 => "(int)info.lastStatusCode", _ => "resp.StatusCode" };
        var parameter = stack switch { Stack.SipSorcery => "SIPResponse resp", Stack.Pjsua2 => "CallInfo info", _ => "SipResponse resp" };
        switch (index)
        {
            case 0: // equality checks: 2 x SIP1001
                sb.Append($"        public int {name}({parameter}, int attempt)\n        {{\n");
                sb.Append($"            if ({status} == {C(a)}) return attempt + 1;\n");
                sb.Append($"            if ({status} != {C(b)}) return attempt * 2;\n");
                Filler(sb, random, 8);
                sb.Append("            return 0;\n        }\n\n");
                Count(counts, "SIP1001", 2);
                break;
            case 1: // switch: 3 x SIP1001
                sb.Append($"        public string {name}({parameter})\n        {{\n            switch ({status})\n            {{\n");
                sb.Append($"                case {C(486)}: return \"busy\";\n                case {C(603)}: return \"declined\";\n                case {C(487)}: return \"cancelled\";\n");
                sb.Append("                default: break;\n            }\n");
                Filler(sb, random, 6);
                sb.Append("            return \"other\";\n        }\n\n");
                Count(counts, "SIP1001", 3);
                break;
            case 2: // exact class range: SIP1002
                sb.Append($"        public bool {name}({parameter})\n        {{\n");
                Filler(sb, random, 6);
                sb.Append($"            return {Range(status, $"{status} >= 200 && {status} < 300", "IsSuccess")};\n        }}\n\n");
                Count(counts, "SIP1002");
                break;
            case 3: // wrong class range: SIP2003
                sb.Append($"        public bool {name}({parameter})\n        {{\n");
                Filler(sb, random, 6);
                sb.Append($"            return {Range(status, $"{status} >= 200 && {status} < 299", "IsSuccess")};\n        }}\n\n");
                Count(counts, "SIP2003");
                break;
            case 4: // retry loop with timers, expiries and ports: silent
                sb.Append($"        public async Task<int> {name}(IList<string> gateways)\n        {{\n            var attempts = 0;\n");
                sb.Append("            foreach (var gateway in gateways)\n            {\n                attempts++;\n                await Task.Delay(500);\n");
                sb.Append("                if (attempts > 3 || gateway.Length > 255) break;\n                var port = 5060 + attempts;\n                var expiry = 3600 - attempts * 600;\n                if (port == 5061 && expiry < 1800) continue;\n            }\n");
                Filler(sb, random, 6);
                sb.Append("            return attempts;\n        }\n\n");
                break;
            case 5: // local flow: 2 x SIP1001
                sb.Append($"        public bool {name}({parameter})\n        {{\n            var code = {status};\n");
                Filler(sb, random, 6);
                sb.Append($"            return code == {C(600)} || code == {C(604)};\n        }}\n\n");
                Count(counts, "SIP1001", 2);
                break;
            case 6: // patterns: 2 x SIP1001
                sb.Append($"        public bool {name}({parameter})\n        {{\n");
                Filler(sb, random, 6);
                sb.Append($"            return {status} is {C(401)} or {C(407)};\n        }}\n\n");
                Count(counts, "SIP1001", 2);
                break;
            case 7: // building a response: 1 x SIP1001
                sb.Append($"        public void {name}()\n        {{\n");
                sb.Append(stack switch
                {
                    Stack.SipSorcery => $"            var r = SIPResponse.GetResponse(null, {(clean ? "SIPResponseStatusCodesEnum.TemporarilyUnavailable" : "(SIPResponseStatusCodesEnum)480")}, null);\n",
                    Stack.Pjsua2 => $"            var op = new CallOpParam(true) {{ statusCode = {(clean ? "pjsip_status_code.PJSIP_SC_TEMPORARILY_UNAVAILABLE" : "(pjsip_status_code)480")} }};\n",
                    _ => $"            new SipCall().Reject({C(480)});\n",
                });
                Filler(sb, random, 8);
                sb.Append("        }\n\n");
                Count(counts, "SIP1001");
                break;
            case 8: // HTTP and arithmetic next to SIP: silent
                sb.Append($"        public bool {name}(System.Net.Http.HttpResponseMessage http, int[] samples)\n        {{\n");
                sb.Append("            if ((int)http.StatusCode == 404 || http.StatusCode == HttpStatusCode.ServiceUnavailable) return false;\n");
                sb.Append("            var total = 0;\n            for (var i = 0; i < samples.Length; i++) total += samples[i] % 200;\n");
                Filler(sb, random, 8);
                sb.Append("            return total > 486;\n        }\n\n");
                break;
            case 10: // registry checks: an unregistered code (SIP1003) and an HTTP status as a SIP one (SIP1005)
                sb.Append($"        public bool {name}({parameter})\n        {{\n");
                Filler(sb, random, 6);
                sb.Append($"            if ({status} == {(clean ? C(491) : "499")}) return true;\n");
                sb.Append($"            return {status} == {(clean ? C(503) : "(int)System.Net.HttpStatusCode.ServiceUnavailable")};\n        }}\n\n");
                Count(counts, "SIP1003");
                Count(counts, "SIP1005");
                break;
            case 11: // gateway failover whose only exit is 200: SIP2001 on the re-send (clean: a 6xx guard)
                sb.Append($"        public async Task<bool> {name}(IList<string> gateways)\n        {{\n");
                sb.Append("            foreach (var gateway in gateways)\n            {\n                var code = await SendInviteAsync(gateway);\n");
                sb.Append("                if (code == (int)SipStatusCode.Ok) return true;\n");
                if (clean)
                {
                    sb.Append("                if (SipStatus.IsGlobalFailure(code)) return false;\n");
                }

                sb.Append("            }\n\n");
                Filler(sb, random, 4);
                sb.Append("            return false;\n\n            static Task<int> SendInviteAsync(string gateway) => Task.FromResult(gateway.Length);\n        }\n\n");
                Count(counts, "SIP2001");
                break;
            default: // provisional check and final classification: 1 x SIP1002 (IsProvisional)
                sb.Append($"        public string {name}({parameter})\n        {{\n");
                Filler(sb, random, 6);
                sb.Append($"            if ({Range(status, $"{status} < 200", "IsProvisional")}) return \"waiting\";\n            return \"final\";\n        }}\n\n");
                Count(counts, "SIP1002");
                break;
        }
    }

    private static void PlainMethod(StringBuilder sb, Random random, int index, string name)
    {
        switch (index % 4)
        {
            case 0:
                sb.Append($"        public async Task<bool> {name}(HttpClient http, string url)\n        {{\n");
                sb.Append("            using var response = await http.GetAsync(url);\n");
                sb.Append("            if ((int)response.StatusCode == 404) return false;\n            if ((int)response.StatusCode >= 200 && (int)response.StatusCode < 300) return true;\n");
                Filler(sb, random, 10);
                sb.Append("            return response.StatusCode == HttpStatusCode.Accepted;\n        }\n\n");
                break;
            case 1:
                sb.Append($"        public int {name}(List<int> items, int status)\n        {{\n            var sum = 0;\n");
                sb.Append("            foreach (var item in items) { if (item == 486 || status == 603) sum += item; }\n");
                Filler(sb, random, 10);
                sb.Append("            return status >= 200 && status < 299 ? sum : -1;\n        }\n\n");
                break;
            case 2:
                sb.Append($"        public Dictionary<string, int> {name}(IEnumerable<string> words)\n        {{\n            var map = new Dictionary<string, int>();\n");
                sb.Append("            foreach (var w in words) { map[w] = map.TryGetValue(w, out var c) ? c + 1 : 1; }\n");
                Filler(sb, random, 10);
                sb.Append("            return map;\n        }\n\n");
                break;
            default:
                sb.Append($"        public double {name}(double x, int code)\n        {{\n");
                sb.Append("            switch (code) { case 200: return x; case 404: return -x; default: break; }\n");
                Filler(sb, random, 10);
                sb.Append("            return x * 600 / 3600;\n        }\n\n");
                break;
        }
    }

    /// <summary>Ordinary statements full of integers that are not status codes.</summary>
    private static void Filler(StringBuilder sb, Random random, int lines)
    {
        for (var i = 0; i < lines; i++)
        {
            var n = random.Next(100, 700);
            switch (random.Next(5))
            {
                case 0: sb.Append($"            var v{i} = {n} * {random.Next(2, 9)} + {random.Next(0, 64)};\n"); break;
                case 1: sb.Append($"            var s{i} = new List<int> {{ {n}, {n + 1}, {random.Next(1, 99)} }};\n"); break;
                case 2: sb.Append($"            var t{i} = TimeSpan.FromMilliseconds({n * 10});\n"); break;
                case 3: sb.Append($"            var w{i} = string.Concat(\"frame\", {n}.ToString(), \"-\", {random.Next(1, 9)});\n"); break;
                default: sb.Append($"            var b{i} = new byte[{n}]; b{i}[0] = {random.Next(0, 255)};\n"); break;
            }
        }
    }

    internal static int CountLines(StringBuilder sb)
    {
        var lines = 0;
        for (var i = 0; i < sb.Length; i++)
        {
            if (sb[i] == '\n')
            {
                lines++;
            }
        }

        return lines;
    }
}

/// <summary>A corpus: its documents (name, text), the diagnostics a correct analyzer reports, and its measured shape.</summary>
public sealed class CorpusShape
{
    public CorpusShape(IReadOnlyList<(string Name, string Text)> documents, IReadOnlyDictionary<string, int> expected, int generatedFiles, bool usesStacks)
    {
        Documents = documents;
        UsesStacks = usesStacks;
        Expected = expected;
        GeneratedFiles = generatedFiles;
        foreach (var (_, text) in documents)
        {
            Lines += text.Count(c => c == '\n');
            IntegerLiterals += System.Text.RegularExpressions.Regex.Matches(text, @"(?<![\w.])\d+(?![\w.])").Count;
        }

        StatusChecks = expected.Values.Sum();
    }

    public IReadOnlyList<(string Name, string Text)> Documents { get; }

    /// <summary>The code uses the SIPSorcery and pjsua2 stubs, referenced as compiled assemblies.</summary>
    public bool UsesStacks { get; }

    /// <summary>What a compilation of this corpus references: .NET 8, and the stacks for SIP corpora.</summary>
    public IEnumerable<Microsoft.CodeAnalysis.MetadataReference> References
        => UsesStacks
            ? Basic.Reference.Assemblies.Net80.References.All.Concat(new[] { StackReferences.SipSorcery, StackReferences.Pjsua2 })
            : Basic.Reference.Assemblies.Net80.References.All;

    /// <summary>Diagnostic ID to exact count.</summary>
    public IReadOnlyDictionary<string, int> Expected { get; }

    public int GeneratedFiles { get; }

    public int Lines { get; }

    public int IntegerLiterals { get; }

    /// <summary>Raw status uses the analyzers must find (one per expected diagnostic).</summary>
    public int StatusChecks { get; }

    public int ExpectedTotal => Expected.Values.Sum();

    public string Describe()
        => $"files={Documents.Count} lines={Lines} int_literals_per_kloc={IntegerLiterals * 1000.0 / Math.Max(1, Lines):F0} "
         + $"status_checks_per_kloc={StatusChecks * 1000.0 / Math.Max(1, Lines):F1} expected={string.Join(",", Expected.OrderBy(e => e.Key).Select(e => e.Key + ":" + e.Value))}";
}
