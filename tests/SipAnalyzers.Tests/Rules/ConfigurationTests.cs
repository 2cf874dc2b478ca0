using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP9001 and SIP9002: options that name nothing, or cannot be read, are reported once per compilation.</summary>
public class ConfigurationTests
{
    private const string Source = """
        namespace Acme.Voice
        {
            public enum SipCode { Ok = 200, BusyHere = 486 }

            public sealed class Reply
            {
                public int Result { get; set; }
            }

            public sealed class Trunk
            {
                public void Connect(string number) { }
                public void Reject(int code) { }
            }
        }
        """;

    private const string Where = "set in the .editorconfig that applies to Test0.cs";

    private static DiagnosticResult Unresolved(string key, string value, string what)
        => new DiagnosticResult("SIP9001", DiagnosticSeverity.Warning)
            .WithMessage($"{key} = {value} matches no {what} in this compilation ({Where}); check the spelling and the documentation-comment ID");

    private static DiagnosticResult Malformed(string key, string value, string reason)
        => new DiagnosticResult("SIP9002", DiagnosticSeverity.Warning).WithMessage($"{key} = {value} is not valid ({Where}): {reason}");

    private static Task VerifyAsync(string editorConfig, params DiagnosticResult[] expected)
    {
        var test = new SipTest(Source, Stack.None, editorConfig: editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task A_mistyped_status_enum_is_named()
        => VerifyAsync(
            "sip_analyzers.status_enum = T:Acme.Voice.SipCod\n",
            Unresolved("sip_analyzers.status_enum", "T:Acme.Voice.SipCod", "type"));

    [Fact]
    public Task A_status_enum_that_is_not_an_enum_or_not_a_type()
        => Task.WhenAll(
            VerifyAsync("sip_analyzers.status_enum = T:Acme.Voice.Reply\n",
                Malformed("sip_analyzers.status_enum", "T:Acme.Voice.Reply", "Acme.Voice.Reply is not an enum")),
            VerifyAsync("sip_analyzers.status_enum = P:Acme.Voice.Reply.Result\n",
                Malformed("sip_analyzers.status_enum", "P:Acme.Voice.Reply.Result", "an enum is a type: write T:Namespace.Name, or the metadata name without a prefix")));

    [Fact]
    public Task Symbols_that_match_nothing_are_named_one_by_one()
        => VerifyAsync(
            "sip_analyzers.status_symbols = P:Acme.Voice.Reply.Result, P:Acme.Voice.Reply.Outcome, M:Acme.Voice.Trunk.Reject(System.Int32)@status, P:Acme.Vioce.*\n"
            + "sip_analyzers.excluded_symbols = M:Acme.Voice.Trunk.Reject(System.String)\n",
            Unresolved("sip_analyzers.status_symbols", "P:Acme.Voice.Reply.Outcome", "property"),
            Unresolved("sip_analyzers.status_symbols", "M:Acme.Voice.Trunk.Reject(System.Int32)@status", "parameter named status of Acme.Voice.Trunk.Reject(int)"),
            Unresolved("sip_analyzers.status_symbols", "P:Acme.Vioce.*", "type or namespace named Acme.Vioce"),
            Unresolved("sip_analyzers.excluded_symbols", "M:Acme.Voice.Trunk.Reject(System.String)", "method"));

    [Fact]
    public Task Malformed_values_say_what_is_wrong()
        => VerifyAsync(
            "sip_analyzers.send_methods = Acme.Voice.Trunk.Connect, P:Acme.Voice.Reply.Result\n"
            + "sip_analyzers.status_symbols = P:Acme.Voice.Reply.Result@code\n",
            Malformed("sip_analyzers.send_methods", "Acme.Voice.Trunk.Connect", "start with the kind of symbol: T: type, M: method, P: property, F: field, E: event, N: namespace"),
            Malformed("sip_analyzers.send_methods", "P:Acme.Voice.Reply.Result", "a send method is a method: M:Namespace.Type.Name(ParameterTypes)"),
            Malformed("sip_analyzers.status_symbols", "P:Acme.Voice.Reply.Result@code", "'@name' selects a parameter, so it follows a method ID (M:...)"));

    /// <summary>A key that is not an option (singular for plural, a typo) is named, with the nearest option when one is close.</summary>
    [Fact]
    public Task Unknown_keys_are_named_with_the_nearest_option()
        => VerifyAsync(
            "sip_analyzers.status_symbol = P:Acme.Voice.Reply.Result\n"
            + "sip_analyzers.sendmethods = M:Acme.Voice.Trunk.Connect(System.String)\n"
            + "sip_analyzers.verbosity = high\n",
            new DiagnosticResult("SIP9002", DiagnosticSeverity.Warning).WithMessage(
                $"sip_analyzers.sendmethods is not a SipAnalyzers option ({Where}): did you mean sip_analyzers.send_methods?"),
            new DiagnosticResult("SIP9002", DiagnosticSeverity.Warning).WithMessage(
                $"sip_analyzers.status_symbol is not a SipAnalyzers option ({Where}): did you mean sip_analyzers.status_symbols?"),
            new DiagnosticResult("SIP9002", DiagnosticSeverity.Warning).WithMessage(
                $"sip_analyzers.verbosity is not a SipAnalyzers option ({Where}): the options are sip_analyzers.status_enum, sip_analyzers.status_symbols, sip_analyzers.excluded_symbols, sip_analyzers.send_methods, sip_analyzers.documentation_language"));

    [Fact]
    public Task A_documentation_language_without_texts_is_named()
        => VerifyAsync(
            "sip_analyzers.documentation_language = de\n",
            new DiagnosticResult("SIP9002", DiagnosticSeverity.Warning).WithMessage(
                $"sip_analyzers.documentation_language = de is not valid ({Where}): the documentation languages are en (the default) and fr"));

    [Fact]
    public Task The_documentation_languages_stay_silent()
        => VerifyAsync("sip_analyzers.documentation_language = fr-FR\n");

    [Fact]
    public Task Options_that_resolve_stay_silent()
        => VerifyAsync(
            "sip_analyzers.status_enum = Acme.Voice.SipCode\n"
            + "sip_analyzers.status_symbols = P:Acme.Voice.Reply.Result, M:Acme.Voice.Trunk.Reject(System.Int32)@code, P:Acme.Voice.*, T:*\n"
            + "sip_analyzers.excluded_symbols = N:Acme.Voice\n"
            + "sip_analyzers.send_methods = M:Acme.Voice.Trunk.Connect(System.String), M:Acme.Voice.Trunk.*\n");

    [Fact]
    public async Task A_parameter_written_with_at_survives_the_editorconfig_and_becomes_a_status_slot()
    {
        const string source = """
            namespace Acme.Voice
            {
                public sealed class Trunk
                {
                    public void Reject(int code) { }
                    public void Wait(int seconds) { }

                    void Handle()
                    {
                        Reject({|SIP1001:486|});
                        Wait(486);
                    }
                }
            }
            """;
        var test = new SipTest(source, Stack.None, editorConfig: "sip_analyzers.status_symbols = M:Acme.Voice.Trunk.Reject(System.Int32)@code\n");
        await test.RunAsync();
    }
}
