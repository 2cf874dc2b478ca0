using Microsoft.CodeAnalysis.Testing;
using SipAnalyzers.CodeFixes.Rules;
using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>SIP1002 (raw class ranges) and SIP2003 (wrong class bounds).</summary>
public partial class StatusRangeTests
{
    private static string Wrap(string condition) => $$"""
        using SIPSorcery.SIP;
        class C
        {
            bool Check(SIPResponse r)
            {
                var code = r.StatusCode;
                return {{condition}};
            }
        }
        """;
}

