using SampleDialer;
using SIPSorcery.SIP;
using SIPSorcery.SIP.App;

// Simulated answers: gw1 answers 503, gw2 rings then answers; the second call is busy everywhere.
var dialer = new Dialer(new SIPUserAgent(503, 200, 600));
Console.WriteLine($"call 1: {await dialer.DialAsync("1001")}");
Console.WriteLine($"call 2: {await dialer.DialAsync("1002")}");

Console.WriteLine($"registered: {await new Registration(new SIPUserAgent()).RegisterAsync()}");

var pbx = new IncomingCalls();
var ringing = pbx.Handle(new SIPRequest(SIPMethodsEnum.INVITE, "sip:200@pbx.example.net"));
Console.WriteLine($"incoming: {ringing.StatusCode} ({Dialer.Classify(ringing)}); report 503? {IncomingCalls.ShouldReport(new SIPResponse(SIPResponseStatusCodesEnum.ServiceUnavailable, null))}");
foreach (var received in new[] { 180, 486, 603 })
{
    Console.WriteLine($"is {received} a valid status? {IncomingCalls.IsValidStatus(received)}");
}
