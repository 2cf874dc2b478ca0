using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>
/// Correct code that a heuristic of the protocol rules once warned on, found by an adversarial review of the rules: each
/// file's header says which warning it drew and why the code is right (with the RFC section). Every one stays silent.
/// </summary>
public class FalseWarningRegressionTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Rules", "FalseWarnings"), "*.cs.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Correct_code_stays_silent(string file)
        => await SipTest.VerifyAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Rules", "FalseWarnings", file)));
}
