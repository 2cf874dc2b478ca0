using System;

namespace SipAnalyzers.Detection
{
    /// <summary>What a called method's name says to the protocol rules.</summary>
    [Flags]
    internal enum CallNameKind : byte
    {
        None = 0,

        /// <summary>Sends a request (<c>SendInviteAsync</c>, <c>Dial</c>, <c>MakeCall</c>): retry rules.</summary>
        Send = 1,

        /// <summary>May answer with a status (<c>Reject</c>, <c>SendResponse</c>, <c>hangup</c>): response rules.</summary>
        MayAnswer = 2,

        /// <summary>Forwards or relays (<c>ForwardResponse</c>): SIP2008's stateful-proxy check.</summary>
        Forward = 4,

        /// <summary>A send whose name says which SIP request it sends (<c>SendInviteAsync</c>, not <c>SendAlertEmailAsync</c>).</summary>
        NamesRequest = 8,

        /// <summary>Named like an executor (<c>ExecuteAsync</c>): a send when it is given a SIP request (its parameters decide).</summary>
        Execute = 16,
    }

    /// <summary>
    /// The name tests the invocation callbacks make, decided once per name: every call of the compilation is asked,
    /// and the names repeat (Add, ToString, Delay), so one dictionary lookup replaces a dozen case-insensitive searches.
    /// </summary>
    internal static class CallNames
    {
        public static CallNameKind Classify(string name)
        {
            var kind = CallNameKind.None;
            if (RetryNames.IsSendMethod(name))
            {
                kind |= CallNameKind.Send;
                if (RetryNames.NamesASipRequest(name))
                {
                    kind |= CallNameKind.NamesRequest;
                }
            }

            if (name.IndexOf("execute", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                kind |= CallNameKind.Execute;
            }

            if (ResponseSite.MayAnswer(name))
            {
                kind |= CallNameKind.MayAnswer;
            }

            // ForwardResponse, RelayResponse: a proxy passing a response on.
            if (name.IndexOf("forward", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("relay", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                kind |= CallNameKind.Forward;
            }

            return kind;
        }
    }
}
