using Microsoft.CodeAnalysis.Testing;
using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP1001 on every literal position and slot kind, on SIPSorcery-shaped, pjsua2-shaped and plain-int code.</summary>
public class SIP1001_RawStatusCodeTests
{
    [Fact]
    public async Task Message_names_the_code_its_class_and_the_member_to_use()
    {
        const string source = """
            using SIPSorcery.SIP;
            class Dialer
            {
                bool IsBusy(SIPResponse resp) => resp.StatusCode == {|#0:486|};
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP1001").WithLocation(0).WithCodeAndAdvice(
                "486 (Busy Here, 4xx Request Failure)",
                "use (int)SIPResponseStatusCodesEnum.BusyHere (or compare Status with SIPResponseStatusCodesEnum.BusyHere)"));
    }

    [Fact]
    public async Task Same_code_in_different_places_gets_each_places_advice()
    {
        // The advice and the fix's properties are built once per slot, value and place shape and then reused: the
        // same 486 compared with a twin-bearing member, cast to the stack's enum, against a plain int parameter, and as a
        // case label of the same member (no twin: nothing to rewrite the comparison to).
        const string source = """
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;
            class Dialer
            {
                bool IsBusy(SIPResponse resp) => resp.StatusCode == {|#0:486|};
                bool IsBusyToo(SIPResponse resp) => resp.StatusCode == {|#1:486|};
                void Reject(SIPServerUserAgent uas) => uas.Reject((SIPResponseStatusCodesEnum){|#2:486|}, null);
                bool OnCallFailed(int statusCode) => statusCode == {|#3:486|};
                int Kind(SIPResponse resp)
                {
                    switch (resp.StatusCode)
                    {
                        case {|#4:486|}: return 1;
                        default: return 0;
                    }
                }
            }
            """;
        const string busyHere = "486 (Busy Here, 4xx Request Failure)";
        const string twin = "use (int)SIPResponseStatusCodesEnum.BusyHere (or compare Status with SIPResponseStatusCodesEnum.BusyHere)";
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP1001").WithLocation(0).WithCodeAndAdvice(busyHere, twin),
            SipTest.Diagnostic("SIP1001").WithLocation(1).WithCodeAndAdvice(busyHere, twin),
            SipTest.Diagnostic("SIP1001").WithLocation(2).WithCodeAndAdvice(busyHere, "use SIPResponseStatusCodesEnum.BusyHere"),
            SipTest.Diagnostic("SIP1001").WithLocation(3).WithCodeAndAdvice(busyHere, "use (int)SipStatusCode.BusyHere"),
            SipTest.Diagnostic("SIP1001").WithLocation(4).WithCodeAndAdvice(busyHere, "use (int)SIPResponseStatusCodesEnum.BusyHere"));
    }

    [Fact]
    public async Task SipSorcery_int_status_is_fixed_to_the_stacks_enum_with_int_cast()
    {
        const string source = """
            using SIPSorcery.SIP;
            class Dialer
            {
                bool ShouldStop(SIPResponse resp)
                {
                    if (resp.StatusCode == {|SIP1001:600|} || resp.StatusCode != {|SIP1001:603|})
                        return true;
                    return false;
                }
            }
            """;
        const string fixedSource = """
            using SIPSorcery.SIP;
            class Dialer
            {
                bool ShouldStop(SIPResponse resp)
                {
                    if (resp.StatusCode == (int)SIPResponseStatusCodesEnum.BusyEverywhere || resp.StatusCode != (int)SIPResponseStatusCodesEnum.Decline)
                        return true;
                    return false;
                }
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1001_RawStatusCodeFixer.UseMemberKey);
    }

    [Fact]
    public async Task Second_action_compares_the_enum_typed_twin_member()
    {
        const string source = """
            using SIPSorcery.SIP;
            class Dialer
            {
                bool IsBusy(SIPResponse resp) => resp.StatusCode == {|SIP1001:486|};
            }
            """;
        const string fixedSource = """
            using SIPSorcery.SIP;
            class Dialer
            {
                bool IsBusy(SIPResponse resp) => resp.Status == SIPResponseStatusCodesEnum.BusyHere;
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1001_RawStatusCodeFixer.UseTwinKey);
    }

    [Fact]
    public async Task Cast_to_stack_enum_becomes_the_member()
    {
        const string source = """
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;
            class Uas
            {
                void Reject(SIPServerUserAgent uas, SIPRequest req)
                {
                    uas.Reject({|SIP1001:(SIPResponseStatusCodesEnum)486|}, null);
                    var resp = SIPResponse.GetResponse(req, {|SIP1001:(SIPResponseStatusCodesEnum)(180)|}, "Ringing");
                }
            }
            """;
        const string fixedSource = """
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;
            class Uas
            {
                void Reject(SIPServerUserAgent uas, SIPRequest req)
                {
                    uas.Reject(SIPResponseStatusCodesEnum.BusyHere, null);
                    var resp = SIPResponse.GetResponse(req, SIPResponseStatusCodesEnum.Ringing, "Ringing");
                }
            }
            """;
        // The diagnostic sits on the literal; the markup spans the cast only to keep the test readable.
        var test = new SipTest(source.Replace("{|SIP1001:(SIPResponseStatusCodesEnum)486|}", "(SIPResponseStatusCodesEnum){|SIP1001:486|}")
                                      .Replace("{|SIP1001:(SIPResponseStatusCodesEnum)(180)|}", "(SIPResponseStatusCodesEnum)({|SIP1001:180|})"));
        await test.WithFix(fixedSource).RunAsync();
    }

    [Fact]
    public async Task Stack_enum_without_a_correct_member_falls_back_to_the_generated_enum_for_int_slots()
    {
        // SIPSorcery maps AlternativeService to 304; 380 must never use it.
        const string source = """
            using SIPSorcery.SIP;
            class Redirects
            {
                bool IsAlternative(SIPResponse resp) => resp.StatusCode == {|SIP1001:380|};
            }
            """;
        const string fixedSource = """
            using Sip;
            using SIPSorcery.SIP;
            class Redirects
            {
                bool IsAlternative(SIPResponse resp) => resp.StatusCode == (int)SipStatusCode.AlternativeService;
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1001_RawStatusCodeFixer.UseMemberKey);
    }

    [Fact]
    public async Task Enum_slot_without_a_correct_member_keeps_the_diagnostic_and_offers_no_fix()
    {
        const string source = """
            using SIPSorcery.SIP;
            class Redirects
            {
                SIPResponseStatusCodesEnum Alternative() => (SIPResponseStatusCodesEnum){|#0:380|};
            }
            """;
        var test = new SipTest(source);
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1001").WithLocation(0).WithCodeAndAdvice(
            "380 (Alternative Service, 3xx Redirection)",
            "SIPResponseStatusCodesEnum has no member that correctly names 380; add one or use Sip.SipStatusCode"));
        test.WithFix(source);
        test.FixedState.ExpectedDiagnostics.AddRange(test.ExpectedDiagnostics);
        await test.RunAsync();
    }

    [Fact]
    public async Task Pjsua2_enum_slots_in_casts_and_int_conversions()
    {
        const string source = """
            using pjsua2;
            class MyCall : Call
            {
                public MyCall(Account acc) : base(acc) { }
                public override void onCallState(OnCallStateParam prm)
                {
                    var ci = getInfo();
                    if ((int)ci.lastStatusCode == {|SIP1001:486|}) { }
                    var op = new CallOpParam(true) { statusCode = (pjsip_status_code){|SIP1001:183|} };
                    answer(op);
                }
            }
            """;
        const string fixedSource = """
            using pjsua2;
            class MyCall : Call
            {
                public MyCall(Account acc) : base(acc) { }
                public override void onCallState(OnCallStateParam prm)
                {
                    var ci = getInfo();
                    if ((int)ci.lastStatusCode == (int)pjsip_status_code.PJSIP_SC_BUSY_HERE) { }
                    var op = new CallOpParam(true) { statusCode = pjsip_status_code.PJSIP_SC_PROGRESS };
                    answer(op);
                }
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1001_RawStatusCodeFixer.UseMemberKey);
    }

    [Fact]
    public async Task Pjsua2_prefers_the_name_that_matches_the_registry_over_an_alias_with_the_same_value()
    {
        const string source = """
            using pjsua2;
            class Reg : Account
            {
                public override void onRegState(OnRegStateParam prm)
                {
                    if ((int)prm.code == {|SIP1001:408|} || (int)prm.code == {|SIP1001:503|}) { }
                }
            }
            """;
        const string fixedSource = """
            using pjsua2;
            class Reg : Account
            {
                public override void onRegState(OnRegStateParam prm)
                {
                    if ((int)prm.code == (int)pjsip_status_code.PJSIP_SC_REQUEST_TIMEOUT || (int)prm.code == (int)pjsip_status_code.PJSIP_SC_SERVICE_UNAVAILABLE) { }
                }
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1001_RawStatusCodeFixer.UseMemberKey);
    }

    [Fact]
    public async Task Plain_int_slots_use_the_generated_enum()
    {
        const string source = """
            namespace Acme.Sip
            {
                public class SipResponse { public int StatusCode { get; set; } public string Reason { get; set; } }

                public class CallHandler
                {
                    public void Reject(int code) { }

                    public int LastSipStatus { get; private set; }

                    public void Handle(SipResponse response)
                    {
                        Reject({|SIP1001:486|});
                        LastSipStatus = {|SIP1001:200|};
                        response.StatusCode = {|SIP1001:487|};
                    }
                }
            }
            """;
        const string fixedSource = """
            using Sip;

            namespace Acme.Sip
            {
                public class SipResponse { public int StatusCode { get; set; } public string Reason { get; set; } }

                public class CallHandler
                {
                    public void Reject(int code) { }

                    public int LastSipStatus { get; private set; }

                    public void Handle(SipResponse response)
                    {
                        Reject((int)SipStatusCode.BusyHere);
                        LastSipStatus = (int)SipStatusCode.Ok;
                        response.StatusCode = (int)SipStatusCode.RequestTerminated;
                    }
                }
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1001_RawStatusCodeFixer.UseMemberKey, Stack.None);
    }

    [Fact]
    public async Task Strong_status_names_in_telephony_code_without_a_sip_word()
    {
        const string source = """
            using SIPSorcery.SIP;
            namespace Softphone
            {
                class CallManager
                {
                    public void OnCallFailed(int statusCode, string reason)
                    {
                        if (statusCode == {|SIP1001:486|}) { }
                    }
                }

                class OrderService
                {
                    public void OnFailed(int statusCode) { if (statusCode == 404) { } }
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Switch_statement_case_labels_and_switch_expression_patterns()
    {
        const string source = """
            using SIPSorcery.SIP;
            class Classifier
            {
                string Describe(SIPResponse resp)
                {
                    switch (resp.StatusCode)
                    {
                        case {|SIP1001:486|}:
                        case {|SIP1001:600|}:
                            return "busy";
                        case {|SIP1001:603|} when resp.ReasonPhrase != null:
                            return "declined";
                    }

                    return resp.StatusCode switch
                    {
                        {|SIP1001:404|} or {|SIP1001:604|} => "unknown user",
                        not {|SIP1001:200|} => "failed",
                        _ => "ok",
                    };
                }
            }
            """;
        const string fixedSource = """
            using SIPSorcery.SIP;
            class Classifier
            {
                string Describe(SIPResponse resp)
                {
                    switch (resp.StatusCode)
                    {
                        case (int)SIPResponseStatusCodesEnum.BusyHere:
                        case (int)SIPResponseStatusCodesEnum.BusyEverywhere:
                            return "busy";
                        case (int)SIPResponseStatusCodesEnum.Decline when resp.ReasonPhrase != null:
                            return "declined";
                    }

                    return resp.StatusCode switch
                    {
                        (int)SIPResponseStatusCodesEnum.NotFound or (int)SIPResponseStatusCodesEnum.DoesNotExistAnywhere => "unknown user",
                        not (int)SIPResponseStatusCodesEnum.Ok => "failed",
                        _ => "ok",
                    };
                }
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1001_RawStatusCodeFixer.UseMemberKey);
    }

    [Fact]
    public async Task Is_patterns_and_property_patterns()
    {
        const string source = """
            using SIPSorcery.SIP;
            class Checks
            {
                bool A(SIPResponse resp) => resp.StatusCode is {|SIP1001:401|} or {|SIP1001:407|};
                bool B(SIPResponse resp) => resp is { StatusCode: {|SIP1001:200|} };
            }
            """;
        const string fixedSource = """
            using SIPSorcery.SIP;
            class Checks
            {
                bool A(SIPResponse resp) => resp.StatusCode is (int)SIPResponseStatusCodesEnum.Unauthorised or (int)SIPResponseStatusCodesEnum.ProxyAuthenticationRequired;
                bool B(SIPResponse resp) => resp is { StatusCode: (int)SIPResponseStatusCodesEnum.Ok };
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1001_RawStatusCodeFixer.UseMemberKey);
    }

    [Fact]
    public async Task Locals_that_only_read_a_slot_are_slots()
    {
        const string source = """
            using SIPSorcery.SIP;
            class Flow
            {
                bool Check(SIPResponse resp)
                {
                    var code = resp.StatusCode;
                    int copy = code;
                    return code == {|SIP1001:486|} || copy == {|SIP1001:600|};
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Locals_written_from_anything_else_are_not_slots()
    {
        const string source = """
            using SIPSorcery.SIP;
            class Flow
            {
                int Parse(string s) => int.Parse(s);
                bool Check(SIPResponse resp, string text)
                {
                    var code = resp.StatusCode;
                    if (text != null) code = Parse(text);
                    int count = 0;
                    count++;
                    return code == 486 || count == 600;
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task A_locals_declaration_decides_it_without_the_walk_only_when_it_cannot_read_a_slot()
    {
        // The shortcut (LocalSlotResolver.IsDeclaredFromNonSlot) must agree with the walk: numbers, arithmetic, ?:,
        // await, new, loop and pattern variables are never slots; ??, casts, x! and later assignments still are.
        const string source = """
            #nullable enable
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using SIPSorcery.SIP;
            class Flow
            {
                async Task<bool> Check(SIPResponse resp, SIPResponse? maybe, bool ok, List<int> codes, object boxed, Task<int> pending)
                {
                    int fromNumber = 486;
                    var fromArithmetic = resp.StatusCode + 0;
                    var fromChoice = ok ? resp.StatusCode : 0;
                    var fromAwait = await pending;
                    var fromNew = new int();
                    foreach (var fromLoop in codes) { if (fromLoop == 486) return true; }
                    if (boxed is int fromPattern && fromPattern == 600) return true;

                    var fromCoalesce = maybe?.StatusCode ?? 0;
                    var fromCast = (int)resp.Status;
                    var fromBang = resp!.StatusCode;
                    int assignedLater;
                    assignedLater = resp.StatusCode;
                    return fromNumber == 486 || fromArithmetic == 486 || fromChoice == 486 || fromAwait == 486 || fromNew == 486
                        || fromCoalesce == {|SIP1001:486|} || fromCast == {|SIP1001:600|} || fromBang == {|SIP1001:603|}
                        || assignedLater == {|SIP1001:604|};
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Literal_spellings_read_without_boxing_keep_their_values()
    {
        // Constants.TryGetIntLiteral reads decimal tokens itself and falls back for hex and binary; suffixed and
        // real literals are not ints.
        const string source = """
            using SIPSorcery.SIP;
            class Flow
            {
                bool Check(SIPResponse resp)
                    => resp.StatusCode == {|SIP1001:0x1E6|} || resp.StatusCode == {|SIP1001:0b1001011000|} || resp.StatusCode == {|SIP1001:6_03|}
                       || resp.StatusCode == 486L || resp.StatusCode == 486u || resp.StatusCode == 486.0 || resp.StatusCode == 2147483648;
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Returns_of_status_methods_and_expression_bodied_properties()
    {
        const string source = """
            namespace Acme.Sip
            {
                class Mapper
                {
                    public int MapToSipStatus(System.Exception e) => e is System.TimeoutException ? {|SIP1001:408|} : {|SIP1001:500|};
                    public int StatusCode => {|SIP1001:200|};
                    public int GetSipCode(bool busy) { if (busy) return {|SIP1001:486|}; return {|SIP1001:603|}; }
                }
            }
            """;
        await SipTest.VerifyAsync(source, Stack.None);
    }

    [Fact]
    public async Task Attribute_and_configured_symbols_are_slots()
    {
        const string source = """
            namespace Telephony
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class SipStatusCodeAttribute : System.Attribute { }

                class Reply
                {
                    [SipStatusCode] public int Result { get; set; }
                    public int Outcome { get; set; }
                    public int Other { get; set; }
                }

                class User
                {
                    void M(Reply r)
                    {
                        r.Result = {|SIP1001:486|};
                        if (r.Outcome == {|SIP1001:200|}) { }
                        if (r.Other == 200) { }
                    }
                }
            }
            """;
        var test = new SipTest(source, Stack.None, editorConfig: "sip_analyzers.status_symbols = P:Telephony.Reply.Out*\n");
        await test.RunAsync();
    }

    [Fact]
    public async Task Excluded_symbols_are_silent()
    {
        const string source = """
            using SIPSorcery.SIP;
            class C
            {
                bool B(SIPResponse resp) => resp.StatusCode == 486;
            }
            """;
        var test = new SipTest(source, editorConfig: "sip_analyzers.excluded_symbols = P:SIPSorcery.SIP.SIPResponse.StatusCode\n");
        await test.RunAsync();
    }

    [Fact]
    public async Task Configured_status_enum_is_used_for_int_slots()
    {
        const string source = """
            namespace Acme.Voice
            {
                public enum Code { Ok = 200, BusyHere = 486, Decline = 603 }
                class SipCall
                {
                    public void Reject(int code) { }
                    void M() => Reject({|SIP1001:486|});
                }
            }
            """;
        const string fixedSource = """
            namespace Acme.Voice
            {
                public enum Code { Ok = 200, BusyHere = 486, Decline = 603 }
                class SipCall
                {
                    public void Reject(int code) { }
                    void M() => Reject((int)Code.BusyHere);
                }
            }
            """;
        var test = new SipTest(source, Stack.None, editorConfig: "sip_analyzers.status_enum = T:Acme.Voice.Code\n");
        await test.WithFix(fixedSource).RunAsync();
    }

    [Fact]
    public async Task Fix_keeps_comments_around_the_literal()
    {
        const string source = """
            using SIPSorcery.SIP;
            class C
            {
                bool B(SIPResponse resp) => resp.StatusCode == /* busy */ {|SIP1001:486|} // local busy
                    ;
            }
            """;
        const string fixedSource = """
            using SIPSorcery.SIP;
            class C
            {
                bool B(SIPResponse resp) => resp.StatusCode == /* busy */ (int)SIPResponseStatusCodesEnum.BusyHere // local busy
                    ;
            }
            """;
        await SipTest.VerifyFixAsync(source, fixedSource, SIP1001_RawStatusCodeFixer.UseMemberKey);
    }

    [Fact]
    public async Task Fix_all_in_document_fixes_every_occurrence()
    {
        const string source = """
            using SIPSorcery.SIP;
            class C
            {
                int Score(SIPResponse r)
                {
                    if (r.StatusCode == {|SIP1001:180|}) return 1;
                    if (r.StatusCode == {|SIP1001:183|}) return 2;
                    if (r.StatusCode == {|SIP1001:200|}) return 3;
                    if (r.StatusCode == {|SIP1001:487|}) return 4;
                    return 0;
                }
            }
            """;
        const string fixedSource = """
            using SIPSorcery.SIP;
            class C
            {
                int Score(SIPResponse r)
                {
                    if (r.StatusCode == (int)SIPResponseStatusCodesEnum.Ringing) return 1;
                    if (r.StatusCode == (int)SIPResponseStatusCodesEnum.SessionProgress) return 2;
                    if (r.StatusCode == (int)SIPResponseStatusCodesEnum.Ok) return 3;
                    if (r.StatusCode == (int)SIPResponseStatusCodesEnum.RequestTerminated) return 4;
                    return 0;
                }
            }
            """;
        var test = new SipTest(source).WithFix(fixedSource, SIP1001_RawStatusCodeFixer.UseMemberKey);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_across_documents_and_projects()
    {
        var test = new SipTest("""
            using SIPSorcery.SIP;
            class A { bool B(SIPResponse r) => r.StatusCode == {|SIP1001:486|}; }
            """);
        test.TestState.Sources.Add(("/0/Second.cs", """
            using SIPSorcery.SIP;
            class B { bool C(SIPResponse r) => r.StatusCode != {|SIP1001:603|}; }
            """));
        test.FixedCode = """
            using SIPSorcery.SIP;
            class A { bool B(SIPResponse r) => r.StatusCode == (int)SIPResponseStatusCodesEnum.BusyHere; }
            """;
        foreach (var s in test.TestState.Sources.Skip(1).Where(s => !s.filename.EndsWith("Second.cs"))) test.FixedState.Sources.Add(s);
        test.FixedState.Sources.Add(("/0/Second.cs", """
            using SIPSorcery.SIP;
            class B { bool C(SIPResponse r) => r.StatusCode != (int)SIPResponseStatusCodesEnum.Decline; }
            """));
        test.CodeActionEquivalenceKey = SIP1001_RawStatusCodeFixer.UseMemberKey;
        await test.RunAsync();
    }

    [Fact]
    public async Task Ranges_bounds_are_never_SIP1001()
    {
        const string source = """
            using SIPSorcery.SIP;
            class C
            {
                bool Final(SIPResponse r) => r.StatusCode >= 200;
                bool Global(SIPResponse r) => r.StatusCode is >= 600;
                bool Relay(SIPResponse r) => r.StatusCode > 100 && r.StatusCode < 200;
                bool AfterRinging(SIPResponse r) => r.StatusCode > {|SIP1001:180|};
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP1002").WithSpan("/0/Test0.cs", 4, 34, 4, 53).WithArguments("r.StatusCode >= 200", "a final response (2xx to 6xx)", "SipStatus.IsFinal(r.StatusCode)"),
            SipTest.Diagnostic("SIP1002").WithSpan("/0/Test0.cs", 5, 35, 5, 57).WithArguments("r.StatusCode is >= 600", "6xx Global Failure", "SipStatus.IsGlobalFailure(r.StatusCode)"));
    }

    /// <summary>
    /// Tables that define codes (a code's own reason phrase, a list of the codes a parser passes through) stay silent, as
    /// enum members do; a switch that acts on codes is still reported. Shapes from a home-grown stack's wire layer.
    /// </summary>
    [Fact]
    public async Task Code_tables_that_define_codes_stay_silent()
    {
        const string source = """
            namespace Acme.Sip.Wire
            {
                public static class SipProtocol
                {
                    public static string DefaultReasonPhrase(int statusCode) => statusCode switch
                    {
                        100 => "Trying",
                        180 => "Ringing",
                        486 => "Busy Here",
                        500 => "Server Internal Error",
                        _ => "Request Failed",
                    };

                    public static string Phrase(int statusCode)
                    {
                        switch (statusCode)
                        {
                            case 486: return "Busy Here";
                            case 603: return "Decline";
                            default: return "Unknown";
                        }
                    }

                    // RFC 3261 8.1.3.2: an unknown final code counts as the x00 of its class.
                    public static int NormalizeStatusCode(int statusCode) => statusCode switch
                    {
                        100 or 180 or 181 or 182 or 183 => statusCode,
                        200 => 200,
                        _ => statusCode / 100 * 100,
                    };

                    // Not a table: each code gets its own advice.
                    public static string Advice(int statusCode) => statusCode switch
                    {
                        {|#0:401|} => "Check the credentials",
                        {|#1:486|} => "The callee is busy",
                        _ => "",
                    };
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1001").WithLocation(0), SipTest.Diagnostic("SIP1001").WithLocation(1));
    }

    /// <summary>rejectionStatusCode, nextStatusCode, timerRejectionCode: names that end like a status, in SIP code.</summary>
    [Fact]
    public async Task Names_ending_like_a_status_are_slots_in_sip_code()
    {
        const string source = """
            namespace Acme.Sip.Signaling
            {
                public static class SipContentPolicy
                {
                    public static bool Accepts(string contentType, out int rejectionStatusCode)
                    {
                        rejectionStatusCode = 0;
                        if (contentType != "application/sdp")
                        {
                            rejectionStatusCode = {|#0:415|};
                            return false;
                        }

                        return true;
                    }

                    public static bool Rejects(int timerRejectionCode) => timerRejectionCode == {|#1:422|};
                }
            }

            namespace Acme.Shop
            {
                // No SIP here, and an error code is not a status: silent.
                public static class Orders
                {
                    public static bool Failed(int errorCode, out int rejectionStatusCode)
                    {
                        rejectionStatusCode = 500;
                        return errorCode == 500;
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1001").WithLocation(0), SipTest.Diagnostic("SIP1001").WithLocation(1));
    }

    /// <summary>A local named like a status in SIP code is one, whatever its initializer; elsewhere it needs the flow.</summary>
    [Fact]
    public async Task Locals_named_like_a_status_in_sip_code()
    {
        const string source = """
            namespace Acme.Sip.Dialogs
            {
                public sealed class SipReferHandler
                {
                    public int Answer(bool acceptTransfer)
                    {
                        var statusCode = acceptTransfer ? {|#0:202|} : {|#1:603|};
                        return statusCode;
                    }
                }
            }

            namespace Acme.Web
            {
                public sealed class Checkout
                {
                    public int Answer(bool ok)
                    {
                        var statusCode = ok ? 200 : 503;
                        return statusCode;
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1001").WithLocation(0), SipTest.Diagnostic("SIP1001").WithLocation(1));
    }

    /// <summary>
    /// A package that does not resolve (real code often lacks one): a status-named member of an unresolved type, in SIP
    /// code, is still a status; other protocols' members and non-SIP code stay silent.
    /// </summary>
    [Fact]
    public async Task Status_members_of_unresolved_types_in_sip_code()
    {
        const string source = """
            namespace Acme.Sip.Signaling
            {
                public sealed class SipCallSessionTransactionService
                {
                    public bool NeedsAuth(Missing.TransactionResult finalResponse)
                        => finalResponse.Response.StatusCode is {|#0:401|} or {|#1:407|};

                    public bool WebhookFailed(Missing.WebhookResult httpResponse) => httpResponse.HttpStatusCode == 500;

                    // A weak name (Status) counts on a variable named for a response, not on a result.
                    public bool Challenged(string message)
                    {
                        var resp = Missing.SipParser.Parse(message);
                        var result = Missing.Store.Save(message);
                        return (int)resp.Status is {|#2:401|} || result.Status == 200;
                    }
                }
            }

            namespace Acme.Billing
            {
                public sealed class Invoices
                {
                    public bool Paid(Missing.Result result) => result.Response.StatusCode == 200;
                }
            }
            """;
        var test = new SipTest(source) { CompilerDiagnostics = CompilerDiagnostics.None };
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1001").WithLocation(0));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1001").WithLocation(1));
        test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1001").WithLocation(2));
        await test.RunAsync();
    }

    /// <summary>
    /// int code = await GetFinalStatusCodeAsync(): an async method's Task&lt;int&gt; result is its status; a nullable
    /// status read through .Value is the status. An awaited count stays silent.
    /// </summary>
    [Fact]
    public async Task Awaited_statuses_and_nullable_values()
    {
        const string source = """
            using System.Threading.Tasks;

            namespace Acme.Sip
            {
                public sealed class SipMessageEntry { public int? StatusCode { get; set; } }

                public sealed class SipGateway
                {
                    public Task<int> GetFinalStatusCodeAsync(string target) => Task.FromResult(200);
                    public Task<int> GetRetryCountAsync() => Task.FromResult(3);

                    public async Task<bool> DialAsync(string target)
                    {
                        int code = await GetFinalStatusCodeAsync(target);
                        if (code == {|#0:486|})
                        {
                            return false;
                        }

                        var retries = await GetRetryCountAsync();
                        return retries < 200;
                    }

                    public bool Ringing(SipMessageEntry entry)
                    {
                        int code = entry.StatusCode!.Value;
                        return code == {|#1:180|};
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1001").WithLocation(0), SipTest.Diagnostic("SIP1001").WithLocation(1));
    }

    /// <summary>
    /// A weak name (code) is a status on a method about the status code it takes; a conversion from another code
    /// (a Q.850 cause) takes something else, which stays silent, and gives out a SIP status, which is one.
    /// </summary>
    [Fact]
    public async Task Parameters_of_methods_about_a_status_code()
    {
        const string source = """
            namespace Acme.Sip.Diagnostics
            {
                public static class SipDiagnosticService
                {
                    public static string GetSuggestionsForStatusCode(int code) => code switch
                    {
                        {|#0:401|} => "Check the credentials",
                        {|#1:486|} => "The phone is busy",
                        _ => "",
                    };

                    public static int MapQ850ToSipStatusCode(int code) => code switch
                    {
                        102 => {|#2:504|},
                        _ => {|#3:500|},
                    };
                }
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP1001").WithLocation(0), SipTest.Diagnostic("SIP1001").WithLocation(1),
            SipTest.Diagnostic("SIP1001").WithLocation(2), SipTest.Diagnostic("SIP1001").WithLocation(3));
    }

    /// <summary>
    /// A status passed positionally to a delegate that sends a response (a host's <c>SendIngressResponseAsync</c>
    /// callback, a <c>Func&lt;..., int, string, Task&gt;</c> field): the delegate's name says it answers, the type holding it
    /// is SIP code, and the int is its only integer parameter. Other delegates, another protocol's sender, and a delegate
    /// with two integers stay silent.
    /// </summary>
    [Fact]
    public async Task Arguments_of_delegates_that_send_a_response()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            namespace Acme.Sip.Signaling.Ingress
            {
                public sealed record SipIngressHost(Func<string, int, string, Task> SendIngressResponseAsync, Action<int> ReportProgress);

                public sealed class SipInboundInviteAcceptance
                {
                    private readonly SipIngressHost _host;
                    private readonly Func<string, int, string, Task> _sendIngressResponseAsync;
                    private readonly Func<string, int, int, Task> _sendResponseWithDelay;

                    public SipInboundInviteAcceptance(SipIngressHost host, Func<string, int, string, Task> send, Func<string, int, int, Task> delayed)
                    {
                        _host = host;
                        _sendIngressResponseAsync = send;
                        _sendResponseWithDelay = delayed;
                    }

                    public void Accept(string request, bool known)
                    {
                        if (!known)
                        {
                            _ = _host.SendIngressResponseAsync(request, /* statusCode: */ {|#0:481|}, "Call/Transaction Does Not Exist");
                            return;
                        }

                        _ = _sendIngressResponseAsync(request, {|#1:200|}, "OK");
                        _host.ReportProgress(180);
                        _ = _sendResponseWithDelay(request, 180, 250);
                    }
                }
            }

            namespace Acme.Web
            {
                public sealed class CheckoutEndpoint
                {
                    private readonly Func<string, int, string, Task> _sendResponseAsync = (_, _, _) => Task.CompletedTask;

                    public Task Fail(string request) => _sendResponseAsync(request, 503, "Service Unavailable");
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1001").WithLocation(0), SipTest.Diagnostic("SIP1001").WithLocation(1));
    }

    /// <summary>
    /// Test data of a theory (<c>[InlineData]</c>, <c>[TestCase]</c>, <c>[DataRow]</c>): each value goes to the test
    /// method's parameter at its position, so a value for a status parameter in a SIP test is a status. Values for
    /// other parameters (a timeout, a count) stay silent, as do the same attributes in a non-SIP test class.
    /// </summary>
    [Fact]
    public async Task Theory_data_for_a_status_parameter()
    {
        const string source = """
            using System;

            namespace Xunit
            {
                [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
                public sealed class InlineDataAttribute : Attribute { public InlineDataAttribute(params object[] data) { } }
            }

            namespace NUnit.Framework
            {
                [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
                public sealed class TestCaseAttribute : Attribute { public TestCaseAttribute(params object[] arguments) { } }
            }

            namespace Acme.Sip.Tests
            {
                using NUnit.Framework;
                using Xunit;

                public class SipDiagnosticServiceTests
                {
                    [InlineData({|#0:180|}, "Ringing", 250)]
                    [InlineData({|#1:200|}, "OK", 500)]
                    public void RingingOrAnsweredResponse_RaisesSuccess(int code, string statusText, int delayMs) { }

                    [TestCase({|#2:486|})]
                    public void InviteRejected(int statusCode) { }

                    [InlineData(200, 300)]
                    public void RetriesWithin(int attempts, int timeoutMs) { }
                }
            }

            namespace Acme.Web.Tests
            {
                using Xunit;

                public class CheckoutTests
                {
                    [InlineData(404)]
                    public void Missing_page(int statusCode) { }
                }
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP1001").WithLocation(0), SipTest.Diagnostic("SIP1001").WithLocation(1), SipTest.Diagnostic("SIP1001").WithLocation(2));
    }

    /// <summary>
    /// <c>statusCode &lt;= 100</c> and <c>statusCode &gt; 100</c> alone single out one code, 100 Trying (codes start at
    /// 100): the 100 there is that code, not a class edge. <c>&gt;= 100</c> and a two-sided range stay class bounds.
    /// </summary>
    [Fact]
    public async Task A_relational_test_that_singles_out_100_Trying()
    {
        const string source = """
            namespace Acme.Sip.Ingress
            {
                public static class SipIngressResponseHeaders
                {
                    public static bool NeedsToTag(int statusCode)
                    {
                        if (statusCode <= {|#0:100|})
                        {
                            return false;
                        }

                        return statusCode >= 100;
                    }

                    public static bool ForwardUpstream(int statusCode) => statusCode > 100 && statusCode < 200;

                    public static bool NeedsContact(int statusCode) => statusCode > {|#1:100|};

                    public static bool Relayed(int statusCode) => statusCode is > 100 and < 200;
                }
            }
            """;
        await SipTest.VerifyAsync(source, SipTest.Diagnostic("SIP1001").WithLocation(0), SipTest.Diagnostic("SIP1001").WithLocation(1));
    }

    /// <summary>
    /// A switch expression returned by a method named for the status it returns: the codes it gives out are statuses;
    /// the codes it lists to pass through unchanged (<c>100 or 180 =&gt; statusCode</c>, <c>200 =&gt; 200</c>) are a table.
    /// </summary>
    [Fact]
    public async Task Switch_arms_returned_as_a_status()
    {
        const string source = """
            namespace Acme.Sip.Wire
            {
                public static class SipProtocol
                {
                    public static int NormalizeUacResponseStatusCode(int statusCode)
                    {
                        if (statusCode < 200)
                        {
                            return statusCode switch
                            {
                                100 or 180 => statusCode,
                                _ => {|#0:183|},
                            };
                        }

                        return statusCode switch
                        {
                            200 => 200,
                            {|#2:300|} => {|#1:302|},
                            _ => statusCode,
                        };
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP1002").WithSpan(7, 17, 7, 33).WithArguments("statusCode < 200", "1xx Provisional", "SipStatus.IsProvisional(statusCode)"),
            SipTest.Diagnostic("SIP1001").WithLocation(0), SipTest.Diagnostic("SIP1001").WithLocation(1), SipTest.Diagnostic("SIP1001").WithLocation(2));
    }

    [Fact]
    public async Task A_private_helper_whose_code_parameter_one_caller_feeds_a_status_takes_statuses_from_the_others()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            namespace Acme.Softphone
            {
                public sealed class SipCallFailedException : Exception
                {
                    public int StatusCode { get; init; }
                }

                public sealed class DialResult
                {
                    public int Code { get; init; }
                }

                public sealed class DialService
                {
                    public async Task<DialResult> PlaceCallAsync(string number, bool registered)
                    {
                        if (!registered)
                        {
                            return Fail(number, {|SIP1001:503|}, "Not registered");
                        }

                        try
                        {
                            await Task.Yield();
                            return new DialResult();
                        }
                        catch (SipCallFailedException ex)
                        {
                            return Fail(number, ex.StatusCode, ex.Message);
                        }
                    }

                    private static DialResult Fail(string number, int code, string message) => new DialResult { Code = code };
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task A_helper_that_no_caller_feeds_a_status_or_that_others_can_call_stays_silent()
    {
        const string source = """
            using System;

            namespace Acme.Softphone
            {
                public sealed class Ui
                {
                    public void Show(bool busy, int httpStatus)
                    {
                        Toast(busy ? 486 : 200, "state");
                        Toast(httpStatus, "server");
                        Notify(404);
                    }

                    // No caller gives it a known SIP status: the codes are the UI's own.
                    private static void Toast(int code, string text) => Console.WriteLine(code + text);

                    // Public: its callers are not all here.
                    public static void Notify(int code) => Console.WriteLine(code);

                    public void Report(SipLikeResult result) => Notify(result.StatusCode);
                }

                public sealed class SipLikeResult
                {
                    public int StatusCode { get; set; }
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }
}
