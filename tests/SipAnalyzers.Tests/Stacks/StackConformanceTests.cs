using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SipAnalyzers.Detection;
using SipAnalyzers.Stacks;
using SipAnalyzers.Testing;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Stacks;

/// <summary>
/// Every stack profile against its stub (<see cref="StackStubs"/>): each type and member the profile names exists with the
/// right kind and type, and the knowledge the rules read finds each one (status members are slots a raw code is reported
/// against; send, dial and register methods are request senders; events report what the profile says they deliver).
/// </summary>
public class StackConformanceTests
{
    public static TheoryData<string> Profiles()
    {
        var data = new TheoryData<string>();
        foreach (var profile in KnownStacks.All)
        {
            data.Add(profile.Name);
        }

        return data;
    }

    private static StackProfile Profile(string name) => KnownStacks.All.Single(p => p.Name == name);

    private static Compilation Stub(string name)
        => CSharpCompilation.Create("Conformance", Array.Empty<SyntaxTree>(),
            Basic.Reference.Assemblies.Net80.References.All.Append(StackReferences.ForProfile(name)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Theory]
    [MemberData(nameof(Profiles))]
    public void The_stub_declares_every_status_enum_and_member(string name)
    {
        var compilation = Stub(name);
        foreach (var statusEnum in Profile(name).StatusEnums)
        {
            var type = compilation.GetTypeByMetadataName(statusEnum.MetadataName);
            Assert.True(type is { TypeKind: TypeKind.Enum }, statusEnum.MetadataName + " is not an enum of the stub");
            Assert.True(StackKnowledge.IsStatusEnum(type!));
            foreach (var (code, member) in statusEnum.Members)
            {
                var field = type!.GetMembers(member).OfType<IFieldSymbol>().SingleOrDefault();
                Assert.True(field != null && (int)field.ConstantValue! == code, statusEnum.MetadataName + "." + member + " is not " + code);
            }
        }

        foreach (var member in Profile(name).StatusMembers)
        {
            var type = compilation.GetTypeByMetadataName(member.Type);
            Assert.True(type != null, member.Type + " is not in the stub");
            var symbol = type!.GetMembers(member.Member).SingleOrDefault(m => m is IPropertySymbol or IFieldSymbol);
            Assert.True(symbol != null, member.Type + "." + member.Member + " is not in the stub");
            var memberType = symbol is IPropertySymbol p ? p.Type : ((IFieldSymbol)symbol!).Type;
            Assert.True(Constants.IsIntegral(memberType) || (member.StatusEnum != null && memberType.ToDisplayString() == member.StatusEnum),
                member.Type + "." + member.Member + " is " + memberType.ToDisplayString() + ", neither an integer nor " + member.StatusEnum);
            Assert.Same(member, StackKnowledge.StatusMember(symbol));
        }
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void The_stub_declares_every_method_and_event_with_what_the_profile_says(string name)
    {
        var compilation = Stub(name);
        foreach (var method in Profile(name).Methods)
        {
            var type = compilation.GetTypeByMetadataName(method.Type);
            Assert.True(type != null, method.Type + " is not in the stub");
            var symbol = type!.GetMembers(method.Name).OfType<IMethodSymbol>().FirstOrDefault();
            Assert.True(symbol != null, method.Type + "." + method.Name + " is not in the stub");
            Assert.Same(method, StackKnowledge.Method(symbol!));
            Assert.Equal(method.Role is MethodRole.Send or MethodRole.Dial or MethodRole.Register, StackKnowledge.IsRequestSender(symbol!));
            if (method.StatusParameter != null)
            {
                var parameter = symbol!.Parameters.SingleOrDefault(p => p.Name == method.StatusParameter);
                Assert.True(parameter != null, method.Name + " has no parameter " + method.StatusParameter);
                if (method.StatusMember != null)
                {
                    Assert.True(parameter!.Type.GetMembers(method.StatusMember).Any(), parameter.Type + " has no member " + method.StatusMember);
                }
            }
        }

        foreach (var stackEvent in Profile(name).Events)
        {
            var type = compilation.GetTypeByMetadataName(stackEvent.Type);
            Assert.True(type != null, stackEvent.Type + " is not in the stub");
            if (stackEvent.IsOverride)
            {
                var callback = type!.GetMembers(stackEvent.Name).OfType<IMethodSymbol>().SingleOrDefault();
                Assert.True(callback is { IsVirtual: true }, stackEvent.Type + "." + stackEvent.Name + " is not a virtual callback of the stub");
                Assert.Equal(stackEvent.Delivers, StackKnowledge.CallbackDelivery(callback!));
            }
            else
            {
                var symbol = type!.GetMembers(stackEvent.Name).OfType<IEventSymbol>().SingleOrDefault();
                Assert.True(symbol != null, stackEvent.Type + "." + stackEvent.Name + " is not an event of the stub");
                Assert.Equal(stackEvent.Delivers, StackKnowledge.Delivery(symbol!));
            }
        }
    }

    [Fact]
    public async Task Every_status_member_drives_SIP1001()
    {
        foreach (var profile in KnownStacks.All)
        {
            var compilation = Stub(profile.Name);
            foreach (var member in profile.StatusMembers)
            {
                var type = compilation.GetTypeByMetadataName(member.Type)!;
                var symbol = type.GetMembers(member.Member).Single(m => m is IPropertySymbol or IFieldSymbol);
                var memberType = symbol is IPropertySymbol p ? p.Type : ((IFieldSymbol)symbol).Type;
                var read = Constants.IsIntegral(memberType) ? "x." + member.Member : "(int)x." + member.Member;
                // Code on any stack names its peers with "sip:" URIs (UCMA's namespace has no SIP word of its own).
                var source = $"class C {{ const string Peer = \"sip:bob@example.com\"; bool M(global::{member.Type.Replace('+', '.')} x) => {read} == {{|#0:486|}}; }}";
                var test = new SipTest(source, Stack.None);
                test.TestState.AdditionalReferences.Add(StackReferences.ForProfile(profile.Name));
                test.ExpectedDiagnostics.Add(SipTest.Diagnostic("SIP1001").WithLocation(0).WithCodeAndAdvice(
                    "486 (Busy Here, 4xx Request Failure)", ExpectedAdvice(profile, member, memberType)));
                await test.RunAsync();
            }
        }
    }

    private static string ExpectedAdvice(StackProfile profile, StatusMemberProfile member, ITypeSymbol memberType)
    {
        if (member.StatusEnum == null)
        {
            return "use (int)SipStatusCode.BusyHere";
        }

        var statusEnum = profile.StatusEnums.Single(e => e.MetadataName == member.StatusEnum);
        var enumName = member.StatusEnum[(member.StatusEnum.LastIndexOf('.') + 1)..];
        var advice = "use (int)" + enumName + "." + statusEnum.Members[486];
        return member.EnumTwin != null ? advice + " (or compare " + member.EnumTwin + " with " + enumName + "." + statusEnum.Members[486] + ")" : advice;
    }

    [Theory]
    [InlineData("pjsua2.CallInfo", "pjsua2.CallInfo", true)]
    [InlineData("pjsua2.CallInfo", "CallInfo", false)]
    [InlineData("pjsua2.CallInfo", "a.pjsua2.CallInfo", false)]
    [InlineData("a.pjsua2.CallInfo", "pjsua2.CallInfo", false)]
    [InlineData("a.b.CallInfo", "a.b.CallInfo", true)]
    [InlineData("a.b.CallInfo", "ab.CallInfo", false)]
    [InlineData("ab.CallInfo", "a.b.CallInfo", false)]
    [InlineData("CallInfo", "CallInfo", true)]
    [InlineData("CallInfo", "xCallInfo", false)]
    public void HasMetadataName_compares_every_segment(string declared, string asked, bool expected)
    {
        var dot = declared.LastIndexOf('.');
        var source = dot < 0 ? $"class {declared} {{ }}" : $"namespace {declared[..dot]} {{ class {declared[(dot + 1)..]} {{ }} }}";
        var compilation = CSharpCompilation.Create("Names", new[] { CSharpSyntaxTree.ParseText(source) });
        var type = compilation.GetTypeByMetadataName(declared)!;
        Assert.Equal(expected, StackKnowledge.HasMetadataName(type, asked));
    }

    [Theory]
    [InlineData("namespace pjsua2 { public class Outer { public class CallInfo { public int lastStatusCode; } } }", "pjsua2.Outer+CallInfo")]
    [InlineData("namespace Other.pjsua2 { public class CallInfo { public int lastStatusCode; } }", "Other.pjsua2.CallInfo")]
    [InlineData("public class CallInfo { public int lastStatusCode; }", "CallInfo")]
    public void Look_alike_types_are_not_the_stacks(string source, string metadataName)
    {
        var compilation = CSharpCompilation.Create("LookAlikes", new[] { CSharpSyntaxTree.ParseText(source) });
        var member = compilation.GetTypeByMetadataName(metadataName)!.GetMembers("lastStatusCode").Single();
        Assert.Null(StackKnowledge.StatusMember(member));
    }
}
