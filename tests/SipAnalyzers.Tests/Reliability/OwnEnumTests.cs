using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Reliability;

/// <summary>
/// A project that turns the generated types off (<c>SipAnalyzersGenerateTypes=false</c>) and declares its own status
/// enum gets fixes to its own enum, with no configuration. (Two projects sharing internals, both with the generated
/// types, are covered by the generator tests: <c>Two_projects_with_InternalsVisibleTo_both_using_the_types_build_without_warnings</c>.)
/// </summary>
public class OwnEnumTests
{
    [Fact]
    public async Task Without_the_generated_types_the_fix_uses_the_project_s_own_enum()
    {
        const string source = """
            namespace Acme.Sip
            {
                public enum SipCode { Trying = 100, Ringing = 180, Ok = 200, BusyHere = 486, RequestTerminated = 487, Decline = 603 }

                public sealed class SipCall
                {
                    public int LastStatusCode { get; private set; }

                    public void Reject(int statusCode) => LastStatusCode = statusCode;

                    public void OnBusy() => Reject({|SIP1001:486|});

                    public bool WasDeclined => LastStatusCode == {|SIP1001:603|};
                }
            }
            """;
        const string fixedSource = """
            namespace Acme.Sip
            {
                public enum SipCode { Trying = 100, Ringing = 180, Ok = 200, BusyHere = 486, RequestTerminated = 487, Decline = 603 }

                public sealed class SipCall
                {
                    public int LastStatusCode { get; private set; }

                    public void Reject(int statusCode) => LastStatusCode = statusCode;

                    public void OnBusy() => Reject((int)SipCode.BusyHere);

                    public bool WasDeclined => LastStatusCode == (int)SipCode.Decline;
                }
            }
            """;
        await new SipTest(source, Stack.None, generatedTypes: false).WithFix(fixedSource).RunAsync();
    }
}
