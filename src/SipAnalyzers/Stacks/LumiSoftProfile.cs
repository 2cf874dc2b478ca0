namespace SipAnalyzers.Stacks
{
    /// <summary>
    /// LumiSoft.Net's SIP stack (namespace <c>LumiSoft.Net.SIP.Stack</c>). Its responses carry an int
    /// <c>SIP_Response.StatusCode</c> and no status enum: the stack names codes with string constants
    /// (<c>SIP_ResponseCodes.x486_Busy_Here</c> is "486 Busy Here"), so a fix of an int uses the generated
    /// <c>Sip.SipStatusCode</c>. Responses are built from such a string (<c>SIP_Stack.CreateResponse</c>) and sent by the
    /// server transaction; a request sender raises <c>ResponseReceived</c> for the responses of its request.
    /// </summary>
    internal static class LumiSoftProfile
    {
        private const string Stack = "LumiSoft.Net.SIP.Stack.";

        public static readonly StackProfile Profile = new StackProfile
        {
            Name = "LumiSoft",
            MarkerAssemblies = new[] { "LumiSoft.Net" },
            // No word of its own: its namespace, LumiSoft.Net.SIP, already says "sip".
            StatusMembers = new[]
            {
                new StatusMemberProfile(Stack + "SIP_Response", "StatusCode"),
            },
            Methods = new[]
            {
                new MethodProfile(Stack + "SIP_Stack", "CreateResponse", MethodRole.Respond),
                new MethodProfile(Stack + "SIP_ServerTransaction", "SendResponse", MethodRole.Respond),
                new MethodProfile(Stack + "SIP_RequestSender", "Start", MethodRole.Send),
                new MethodProfile(Stack + "SIP_UA_Registration", "BeginRegister", MethodRole.Register),
            },
            Events = new[]
            {
                new EventProfile(Stack + "SIP_RequestSender", "ResponseReceived", ResponseDelivery.EveryResponse),
                new EventProfile(Stack + "SIP_UA_Registration", "Error", ResponseDelivery.FailuresOnly),
            },
        };
    }
}
