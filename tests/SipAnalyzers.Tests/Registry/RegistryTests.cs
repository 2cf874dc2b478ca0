using SipAnalyzers.Registry;
using Xunit;

namespace SipAnalyzers.Tests.Registry;

public class RegistryTests
{
    // An independent copy of the IANA registry (code, reason phrase), typed from ../shared/reference/sip-status-codes.md
    // section 1, not from the product's data; the class is the first digit.
    private static readonly (int Code, string Phrase)[] Iana =
    {
        (100, "Trying"), (180, "Ringing"), (181, "Call Is Being Forwarded"), (182, "Queued"), (183, "Session Progress"),
        (199, "Early Dialog Terminated"), (200, "OK"), (202, "Accepted"), (204, "No Notification"), (300, "Multiple Choices"),
        (301, "Moved Permanently"), (302, "Moved Temporarily"), (305, "Use Proxy"), (380, "Alternative Service"),
        (400, "Bad Request"), (401, "Unauthorized"), (402, "Payment Required"), (403, "Forbidden"), (404, "Not Found"),
        (405, "Method Not Allowed"), (406, "Not Acceptable"), (407, "Proxy Authentication Required"), (408, "Request Timeout"),
        (410, "Gone"), (412, "Conditional Request Failed"), (413, "Request Entity Too Large"), (414, "Request-URI Too Long"),
        (415, "Unsupported Media Type"), (416, "Unsupported URI Scheme"), (417, "Unknown Resource-Priority"), (420, "Bad Extension"),
        (421, "Extension Required"), (422, "Session Interval Too Small"), (423, "Interval Too Brief"), (424, "Bad Location Information"),
        (425, "Bad Alert Message"), (428, "Use Identity Header"), (429, "Provide Referrer Identity"), (430, "Flow Failed"),
        (433, "Anonymity Disallowed"), (436, "Bad Identity Info"), (437, "Unsupported Credential"), (438, "Invalid Identity Header"),
        (439, "First Hop Lacks Outbound Support"), (440, "Max-Breadth Exceeded"), (469, "Bad Info Package"), (470, "Consent Needed"),
        (480, "Temporarily Unavailable"), (481, "Call/Transaction Does Not Exist"), (482, "Loop Detected"), (483, "Too Many Hops"),
        (484, "Address Incomplete"), (485, "Ambiguous"), (486, "Busy Here"), (487, "Request Terminated"), (488, "Not Acceptable Here"),
        (489, "Bad Event"), (491, "Request Pending"), (493, "Undecipherable"), (494, "Security Agreement Required"),
        (500, "Server Internal Error"), (501, "Not Implemented"), (502, "Bad Gateway"), (503, "Service Unavailable"),
        (504, "Server Time-out"), (505, "Version Not Supported"), (513, "Message Too Large"),
        (555, "Push Notification Service Not Supported"), (580, "Precondition Failure"), (600, "Busy Everywhere"), (603, "Decline"),
        (604, "Does Not Exist Anywhere"), (606, "Not Acceptable"), (607, "Unwanted"), (608, "Rejected"),
    };

    [Fact]
    public void Registry_matches_the_independent_list_of_75()
    {
        Assert.Equal(75, Iana.Length);
        Assert.Equal(Iana.Select(i => i.Code), SipStatusRegistry.All.Select(i => i.Code));
        foreach (var (code, phrase) in Iana)
        {
            var info = SipStatusRegistry.Find(code)!;
            Assert.Equal(phrase, info.ReasonPhrase);
            Assert.Equal(code / 100, (int)info.Class);
        }
    }

    [Fact]
    public void Every_entry_is_complete_and_consistent()
    {
        var memberNames = new HashSet<string>();
        foreach (var info in SipStatusRegistry.All)
        {
            Assert.True(memberNames.Add(info.MemberName), $"duplicate member name {info.MemberName}");
            Assert.Matches("^[A-Z][A-Za-z]+$", info.MemberName);
            Assert.Matches("^RFC [0-9]{4}$", info.Rfc);
            Assert.False(string.IsNullOrWhiteSpace(info.Meaning));
            Assert.False(string.IsNullOrWhiteSpace(info.WhenYouSeeIt));
            Assert.False(string.IsNullOrWhiteSpace(info.HowToResolve));
            Assert.False(string.IsNullOrWhiteSpace(info.Retry));
            Assert.NotEmpty(info.LookAlikes);
            Assert.All(info.LookAlikes, l => Assert.True(SipStatusRegistry.IsRegistered(l) && l != info.Code, $"{info.Code}: bad look-alike {l}"));
            Assert.Equal(info.Standing != SipCodeStanding.Current, info.StandingNote != null);
            if (info.Rfc == "RFC 3261")
            {
                // Codes of RFC 3261 cite their section 21 entry, whose middle digit is the class.
                Assert.StartsWith("21." + (int)info.Class + ".", info.Section, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Standing_of_the_special_codes()
    {
        Assert.Equal(SipCodeStanding.Deprecated, SipStatusRegistry.Find(202)!.Standing);
        Assert.Equal(SipCodeStanding.Reserved, SipStatusRegistry.Find(402)!.Standing);
        Assert.Equal(SipCodeStanding.Renamed, SipStatusRegistry.Find(437)!.Standing);
        Assert.Equal(SipCodeStanding.Legacy, SipStatusRegistry.Find(305)!.Standing);
        Assert.Equal(71, SipStatusRegistry.All.Count(i => i.Standing == SipCodeStanding.Current));
    }

    [Theory]
    [InlineData("BusyHere", 486)]
    [InlineData("PJSIP_SC_BUSY_HERE", 486)]
    [InlineData("PJSIP_AC_AMBIGUOUS", 485)]
    [InlineData("x486_Busy_Here", 486)]
    [InlineData("Ok", 200)]
    [InlineData("Unauthorised", 401)]
    [InlineData("CallLegTransactionDoesNotExist", 481)]
    [InlineData("PJSIP_SC_CALL_TSX_DOES_NOT_EXIST", 481)]
    [InlineData("InternalServerError", 500)]
    [InlineData("UnsupportedCertificate", 437)]
    [InlineData("NotAcceptableAnywhere", 606)]
    [InlineData("PJSIP_SC_PROGRESS", 183)]
    [InlineData("Declined", 603)]
    [InlineData("NotAcceptable", 406)]
    public void Stack_names_resolve_to_their_code(string name, int code)
        => Assert.Equal(code, SipStatusRegistry.CodeForName(name));

    [Theory]
    [InlineData("None")]
    [InlineData("PJSIP_SC_TSX_TIMEOUT")]
    [InlineData("Conflict")]
    public void Other_names_resolve_to_nothing(string name) => Assert.Null(SipStatusRegistry.CodeForName(name));
}
