using SipAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SipAnalyzers.Tests.Rules;

/// <summary>
/// Retry and relay shapes taken from the development corpus, written the way that code is: a registration loop whose
/// failures arrive as exceptions carrying the status, a route-candidate loop sending through a transaction executor and
/// testing with the stack's own predicates, and a proxy relaying what its branch received.
/// </summary>
public class RealCodeRetryShapesTests
{
    private const string AnySixXx = "any 6xx (600, 603, 604, 606, 607, 608)";

    private static string Registration(string retry, string which)
        => $"{retry} after {which}: a 6xx Global Failure says the request fails at every server, and a registrar never sends one (RFC 3261 sections 21.6 and 10.3), so registering again changes nothing; stop and report it";

    private static string Failover(string retry, string which)
        => $"{retry} after {which}: a 6xx Global Failure is definitive, so do not re-dial, fail over or fork (RFC 3261 sections 21.6 and 16.7)";

    private const string Challenges = "401 Unauthorized, 407 Proxy Authentication Required";

    /// <summary>The 4xx that do not change by themselves and can answer a REGISTER (SIP2004's list without 481, 487, 488).</summary>
    private const string RegisterUnchanged = "400 Bad Request, 403 Forbidden, 404 Not Found, 405 Method Not Allowed, 410 Gone, 414 Request-URI Too Long, 485 Ambiguous";

    /// <summary>The own stack's registration loop, whose failures arrive as a status-carrying exception.</summary>
    private const string CatchRetry = "The loop calls RegisterAsync again (its catch of SipRegistrationFailedException gets the failed request's status)";

    /// <summary>The "try later" codes that reach a retry which tests nothing but a rejected credential.</summary>
    private const string LaterCodes = "413 Request Entity Too Large, 480 Temporarily Unavailable, 500 Server Internal Error, 503 Service Unavailable";

    private static string EndlessAuthentication(string retry, string which)
        => $"{retry} after {which} with no attempt limit: with a wrong password this never ends (RFC 3261 section 22.1: do not retry credentials that were rejected); count the attempts and give up, or ask for new credentials";

    private static string Unchanged(string retry, string which)
        => $"{retry} with the same request after {which}: the answer will not change (RFC 3261 section 21.4); change the request or the target, or stop";

    private static string IgnoresRetryAfter(string retry, string which)
        => $"{retry} to the same target after {which} without reading Retry-After (RFC 3261 sections 20.33 and 21.5.4); wait as long as it says, or try another server";

    /// <summary>A stack of its own: failures thrown as an exception with the status, a transaction executor, its predicates.</summary>
    private const string OwnStack = """

        namespace Acme.Voip.Sip
        {
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            public sealed class SipRegistrationFailedException : Exception
            {
                public int StatusCode { get; }
            }

            public sealed class SipResponse
            {
                public int StatusCode { get; set; }
                public string Header(string name) => null;
            }

            public sealed class SipClientTransactionRequest
            {
                public string Method { get; set; }
                public string RequestUri { get; set; }
            }

            public sealed class SipClientTransactionResult
            {
                public SipResponse FinalResponse { get; set; }
            }

            public interface ISipClientTransactionExecutor
            {
                Task<SipClientTransactionResult> ExecuteAsync(SipClientTransactionRequest request, CancellationToken ct);
            }

            public interface ISipRegistrationService
            {
                Task RegisterAsync(string account, CancellationToken ct);
            }

            public sealed class GetProfileRequest
            {
                public string Id { get; set; }
            }

            public sealed class ProfileResult
            {
                public int StatusCode { get; set; }
            }

            public interface IRequestExecutor
            {
                Task<ProfileResult> ExecuteAsync(GetProfileRequest request);
            }

            public static class SipProtocol
            {
                public static bool IsSuccess(int statusCode) => false;
                public static bool IsGlobalFailure(int statusCode) => false;
            }
        }
        """;

    [Fact]
    public async Task A_registration_loop_whose_failures_are_exceptions_carrying_the_status_re_registers_after_a_6xx()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Voip.Sip;

            class LineChannel
            {
                private readonly ISipRegistrationService _registrationService;

                async Task RunRegistrationLoopAsync(string account, CancellationToken ct)
                {
                    var failureCount = 0;
                    while (!ct.IsCancellationRequested)
                    {
                        try
                        {
                            await {|#0:_registrationService.RegisterAsync(account, ct)|}.ConfigureAwait(false);
                            failureCount = 0;
                            await Task.Delay(TimeSpan.FromMinutes(50), ct).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException)
                        {
                            return;
                        }
                        catch (Exception ex)
                        {
                            failureCount++;

                            // Permanent failure: retrying with the same credentials is pointless.
                            if (IsAuthFailure(ex))
                            {
                                return;
                            }

                            await Task.Delay(ComputeBackoffDelay(failureCount), ct).ConfigureAwait(false);
                        }
                    }
                }

                private static bool IsAuthFailure(Exception ex)
                    => ex is SipRegistrationFailedException { StatusCode: (int)Sip.SipStatusCode.Unauthorized or (int)Sip.SipStatusCode.Forbidden };

                private static TimeSpan ComputeBackoffDelay(int failures) => TimeSpan.FromSeconds(Math.Min(60, 2 * failures));
            }
            """ + OwnStack;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2001").WithLocation(0).WithMessage(Registration("The loop calls RegisterAsync again (its catch tests the failed request's status on the exception)", AnySixXx)),
            // IsAuthFailure stops on 401 and 403 only: a rejected proxy digest (407) goes round again, unbounded.
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage(EndlessAuthentication("The loop calls RegisterAsync again (its catch tests the failed request's status on the exception)", "407 Proxy Authentication Required")));
    }

    [Fact]
    public async Task A_route_candidate_loop_through_a_transaction_executor_fails_over_after_a_6xx()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Voip.Sip;

            class Subscriptions
            {
                private readonly ISipClientTransactionExecutor _subscribeExecutor;

                async Task<SipResponse> SubscribeAsync(IReadOnlyList<string> routeCandidates, CancellationToken ct)
                {
                    SipResponse finalResponse = null;
                    foreach (var routeCandidate in routeCandidates)
                    {
                        SipResponse response;
                        try
                        {
                            var result = await {|#0:_subscribeExecutor.ExecuteAsync(
                                    new SipClientTransactionRequest { Method = "SUBSCRIBE", RequestUri = routeCandidate },
                                    ct)|}
                                .ConfigureAwait(false);
                            response = result.FinalResponse;
                        }
                        catch (System.TimeoutException)
                        {
                            continue;
                        }

                        if (SipProtocol.IsSuccess(response.StatusCode) || response.StatusCode == (int)Sip.SipStatusCode.Accepted)
                        {
                            finalResponse = response;
                            break;
                        }
                    }

                    return finalResponse;
                }
            }
            """ + OwnStack;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2001").WithLocation(0).WithMessage(Failover("The loop calls ExecuteAsync again", AnySixXx)));
    }

    [Fact]
    public async Task A_registration_failure_handler_that_schedules_a_reconnect_re_registers_after_a_6xx()
    {
        const string source = """
            #nullable enable
            using System;
            using System.Threading;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            class SoftphoneService
            {
                private readonly SIPRegistrationUserAgent _registrationAgent = new SIPRegistrationUserAgent();
                private Timer? _reconnectTimer;
                private int _reconnectAttempt;

                void Wire()
                {
                    _registrationAgent.RegistrationFailed += (_, response, message) =>
                    {
                        if (response?.Status is SIPResponseStatusCodesEnum.Forbidden)
                        {
                            Console.WriteLine("Cleared the cached digest after 403 Forbidden.");
                        }

                        if (OpenSipsAuthHelper.IsRegistrationAuthChallenge(response))
                        {
                            return; // the agent answers the challenge itself
                        }

                        {|#0:ScheduleRegistrationReconnect(message)|};
                    };
                }

                private void ScheduleRegistrationReconnect(string reason)
                {
                    _reconnectAttempt++;
                    _reconnectTimer?.Dispose();
                    _reconnectTimer = new Timer(_ => TryRestartRegistration(), null, TimeSpan.FromSeconds(Math.Min(60, 5 * _reconnectAttempt)), Timeout.InfiniteTimeSpan);
                }

                private void TryRestartRegistration() => _registrationAgent.Start();
            }

            static class OpenSipsAuthHelper
            {
                public static bool IsAuthenticationChallenge(SIPResponse? response) =>
                    response?.Status is SIPResponseStatusCodesEnum.Unauthorised or SIPResponseStatusCodesEnum.ProxyAuthenticationRequired;

                public static bool IsRegistrationAuthChallenge(SIPResponse? response) => IsAuthenticationChallenge(response);
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2001").WithLocation(0).WithMessage(Registration("This call to ScheduleRegistrationReconnect sends again (the stack raises RegistrationFailed on every failure)", AnySixXx)),
            // The handler names 403 and still falls through to the same REGISTER.
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage(
                Unchanged("This call to ScheduleRegistrationReconnect sends again (the stack raises RegistrationFailed on every failure)", RegisterUnchanged)));
    }

    [Fact]
    public async Task A_registration_failure_handler_that_stops_on_403_and_on_6xx_stays_silent()
    {
        const string source = """
            #nullable enable
            using System;
            using System.Threading;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            class SoftphoneService
            {
                private readonly SIPRegistrationUserAgent _registrationAgent = new SIPRegistrationUserAgent();
                private Timer? _reconnectTimer;
                private int _reconnectAttempt;

                void Wire()
                {
                    _registrationAgent.RegistrationFailed += (_, response, message) =>
                    {
                        if (response?.Status is SIPResponseStatusCodesEnum.Forbidden or SIPResponseStatusCodesEnum.Unauthorised or SIPResponseStatusCodesEnum.ProxyAuthenticationRequired
                            || Sip.SipStatus.IsGlobalFailure(response?.StatusCode ?? 0))
                        {
                            Console.WriteLine("The registrar refused the account or its credentials: asking the user.");
                            return;
                        }

                        ScheduleRegistrationReconnect(RetryAfterOf(response!));
                    };

                    // A temporary failure is never a 6xx; the back-off grows and reads Retry-After.
                    _registrationAgent.RegistrationTemporaryFailure += (_, response, message) =>
                    {
                        if (response?.Status is SIPResponseStatusCodesEnum.Unauthorised)
                        {
                            return; // the agent answers the challenge itself
                        }

                        ScheduleRegistrationReconnect(RetryAfterOf(response!));
                    };
                }

                private static string RetryAfterOf(SIPResponse response) => "Retry-After";

                private void ScheduleRegistrationReconnect(string reason)
                {
                    _reconnectAttempt++;
                    _reconnectTimer?.Dispose();
                    _reconnectTimer = new Timer(_ => _registrationAgent.Start(), null, TimeSpan.FromSeconds(Math.Min(60, 5 * _reconnectAttempt)), Timeout.InfiniteTimeSpan);
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Handlers_of_stack_events_that_deliver_failures_are_judged_without_a_status_test()
    {
        const string source = """
            #nullable enable
            using System;
            using System.Threading;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            class SipClient
            {
                private readonly SIPRegistrationUserAgent _registrationAgent = new SIPRegistrationUserAgent();
                private readonly SIPUserAgent _userAgent = new SIPUserAgent();
                private Timer? _reconnectionTimer;
                private int _reconnectionAttempts;

                public void Start(string destination)
                {
                    _registrationAgent.RegistrationFailed += OnRegistrationFailed;

                    // A dialer that calls again whenever the call fails: 603 Decline included.
                    _userAgent.ClientCallFailed += (uac, error, response) => {|#1:_userAgent.Call(destination, null, null, null)|};
                }

                private void OnRegistrationFailed(object uri, SIPResponse response, string error)
                {
                    Console.WriteLine($"Registration failed: {error}");
                    {|#0:ScheduleReconnection()|};
                }

                private void ScheduleReconnection()
                {
                    _reconnectionAttempts++;
                    _reconnectionTimer?.Dispose();
                    _reconnectionTimer = new Timer(_ => _registrationAgent.Start(), null, 5000 * _reconnectionAttempts, Timeout.Infinite);
                }
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2001").WithLocation(1).WithMessage(Failover("This call to Call sends again (the stack raises ClientCallFailed on every failure)", AnySixXx)),
            SipTest.Diagnostic("SIP2001").WithLocation(0).WithMessage(Registration("This call to ScheduleReconnection sends again (the stack raises RegistrationFailed on every failure)", AnySixXx)),
            // The stack delivers 403 and 404 to the registration handler as surely as a 6xx: the same REGISTER goes out
            // again. The call handler may dial another destination, so a 404 is not held against it.
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage(Unchanged("This call to ScheduleReconnection sends again (the stack raises RegistrationFailed on every failure)", RegisterUnchanged)));
    }

    [Fact]
    public async Task Failure_handlers_that_clean_up_or_that_no_stack_documents_stay_silent()
    {
        const string source = """
            #nullable enable
            using System;
            using SIPSorcery.SIP;
            using SIPSorcery.SIP.App;

            class SipClient
            {
                private readonly SIPUserAgent _userAgent = new SIPUserAgent();

                public event Action<string>? ConnectionFailed;

                public void Start(string destination)
                {
                    // Cleanup named like a call is not a call (a false warning found on the corpus).
                    _userAgent.ClientCallFailed += CallFailed;

                    // An application's own event: nothing says which statuses it carries, and nothing is tested.
                    ConnectionFailed += reason => _userAgent.Call(destination, null, null, null);

                    // Sends that are not SIP requests: an alert to the operators, a media or socket reconnect.
                    _userAgent.ClientCallFailed += async (uac, error, response) =>
                    {
                        await SendAlertEmailAsync(error);
                        ReconnectMedia();
                    };
                }

                private System.Threading.Tasks.Task SendAlertEmailAsync(string text) => System.Threading.Tasks.Task.CompletedTask;

                private void ReconnectMedia() { }

                private void CallFailed(ISIPClientUserAgent uac, string errorMessage, SIPResponse? failureResponse)
                {
                    Console.WriteLine($"Call failed: {errorMessage}");
                    CallFinished(null);
                }

                private void CallFinished(object? dialogue) { }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task A_reconnect_loop_that_stops_only_on_a_flag_set_after_200_re_registers_after_a_6xx()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using SIPSorcery.SIP;

            class WebSocketSipTransport
            {
                private bool _registered;
                private bool _disposed;

                private void OnMessage(string message)
                {
                    try
                    {
                        var resp = SIPResponse.ParseSIPResponse(message);
                        if (resp.Status == SIPResponseStatusCodesEnum.Ok)
                        {
                            _registered = true;
                        }
                        else if (resp.Status == SIPResponseStatusCodesEnum.Forbidden)
                        {
                            _registered = false;
                        }
                    }
                    catch (FormatException)
                    {
                    }
                }

                private Task EnsureSingleRegisterAsync(CancellationToken ct) => Task.CompletedTask;

                private async Task ReconnectLoopAsync(CancellationToken ct)
                {
                    var attempt = 0;
                    while (!ct.IsCancellationRequested && !_disposed)
                    {
                        try
                        {
                            await {|#0:EnsureSingleRegisterAsync(ct)|}.ConfigureAwait(false);
                            if (_registered)
                            {
                                return;
                            }
                        }
                        catch (Exception ex)
                        {
                            Console.WriteLine(ex.Message);
                        }

                        attempt++;
                        await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt * 2)), ct).ConfigureAwait(false);
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2001").WithLocation(0).WithMessage(Registration("The loop calls EnsureSingleRegisterAsync again (_registered is set only after a 2xx response)", AnySixXx)),
            // Only cancellation ends it: with a wrong password every round ends in a rejected digest.
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage(EndlessAuthentication("The loop calls EnsureSingleRegisterAsync again (_registered is set only after a 2xx response)", Challenges)));
    }

    /// <summary>A transport whose registration state another type reads: a success flag behind a computed property.</summary>
    private const string WatchedTransport = """

        class GatewaySipTransport
        {
            private bool _registered;

            public bool IsRegistered => _registered && IsConnected;

            public bool IsConnected { get; private set; }

            private void OnResponse(SIPResponse resp)
            {
                if (resp.Status == SIPResponseStatusCodesEnum.Ok)
                {
                    _registered = true;
                }
                else if (resp.Status == SIPResponseStatusCodesEnum.Forbidden)
                {
                    _registered = false;
                }
            }

            public Task RegisterAsync() => Task.CompletedTask;
        }
        """;

    [Fact]
    public async Task A_health_watchdog_timer_that_re_registers_whenever_the_transport_is_not_registered_re_registers_after_a_6xx()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using SIPSorcery.SIP;

            class GatewayAdapter
            {
                private GatewaySipTransport? _sipTransport;
                private Timer? _healthCheckTimer;

                private void StartPeriodicTimers(int intervalMs)
                {
                    _healthCheckTimer = new Timer(OnHealthCheckTimer, null, intervalMs, intervalMs);
                }

                private void OnHealthCheckTimer(object? state)
                {
                    _ = RunHealthCheckAsync();
                }

                private async Task RunHealthCheckAsync()
                {
                    try
                    {
                        var healthy = await ProbeHealthAsync();
                        var registered = _sipTransport?.IsRegistered ?? false;
                        if (healthy && registered)
                        {
                            return;
                        }

                        if (!healthy)
                        {
                            Console.WriteLine("cookies invalid");
                        }
                        else
                        {
                            _ = {|#0:ForceReRegisterAsync()|};
                        }
                    }
                    catch (Exception ex)
                    {
                        Console.WriteLine(ex.Message);
                    }
                }

                private Task<bool> ProbeHealthAsync() => Task.FromResult(true);

                private async Task ForceReRegisterAsync()
                {
                    if (_sipTransport != null)
                    {
                        await _sipTransport.RegisterAsync();
                    }
                }
            }
            """ + WatchedTransport;
        const string retry = "Each tick of the timer that runs OnHealthCheckTimer can call ForceReRegisterAsync again (IsRegistered is true only after a 2xx response)";
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2001").WithLocation(0).WithMessage(Registration(retry, AnySixXx)),
            // Nothing counts the ticks: with a rejected password every tick registers again.
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage(EndlessAuthentication(retry, Challenges)));
    }

    [Fact]
    public async Task A_lambda_run_by_a_System_Timers_timer_that_re_registers_while_unregistered_is_reported()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using SIPSorcery.SIP;

            class Watchdog
            {
                private readonly GatewaySipTransport _transport = new GatewaySipTransport();
                private readonly System.Timers.Timer _timer = new System.Timers.Timer(60000);

                public void Start()
                {
                    _timer.Elapsed += async (s, e) =>
                    {
                        if (!_transport.IsRegistered)
                        {
                            await {|#0:_transport.RegisterAsync()|};
                        }
                    };
                    _timer.Start();
                }
            }
            """ + WatchedTransport;
        const string retry = "Each tick of the timer started in Start can call RegisterAsync again (IsRegistered is true only after a 2xx response)";
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2001").WithLocation(0).WithMessage(Registration(retry, AnySixXx)),
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage(EndlessAuthentication(retry, Challenges)));
    }

    [Fact]
    public async Task Timers_that_fire_once_refresh_regardless_or_read_no_success_flag_stay_silent()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using SIPSorcery.SIP;

            class Watchdogs
            {
                private readonly GatewaySipTransport _transport = new GatewaySipTransport();
                private bool _online;
                private Timer? _once;
                private Timer? _refresh;
                private Timer? _link;
                private readonly System.Timers.Timer _manual = new System.Timers.Timer(30000) { AutoReset = false };

                public void Start(int intervalMs)
                {
                    // Fires once: a scheduled attempt, not a loop.
                    _once = new Timer(_ => { if (!_transport.IsRegistered) _ = _transport.RegisterAsync(); }, null, intervalMs, Timeout.Infinite);

                    // Refreshes on every tick whatever happened: nothing says which statuses get here.
                    _refresh = new Timer(_ => _ = _transport.RegisterAsync(), null, intervalMs, intervalMs);

                    // _online is set from the socket, not from a response: it says nothing of the status.
                    _link = new Timer(OnLinkTimer, null, intervalMs, intervalMs);

                    // AutoReset = false: the code restarts it where it decides.
                    _manual.Elapsed += (s, e) => { if (!_transport.IsRegistered) _ = _transport.RegisterAsync(); };
                }

                private void OnLinkTimer(object? state)
                {
                    if (!_online)
                    {
                        _ = _transport.RegisterAsync();
                    }
                }

                public void OnSocket(bool up) => _online = up;
            }
            """ + WatchedTransport;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task Flags_set_outside_a_2xx_branch_or_read_by_their_own_test_are_not_success_flags()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using SIPSorcery.SIP;

            class WebSocketSipTransport
            {
                private bool _registered;
                private bool _connected;
                private bool _started;

                private void OnMessage(string message)
                {
                    var resp = SIPResponse.ParseSIPResponse(message);
                    if (resp.Status == SIPResponseStatusCodesEnum.Ok)
                    {
                        _registered = true;
                    }

                    // Set true on any answer: a 603 ends the loop below as well as a 200.
                    _connected = true;

                    // Its own test decides it (this once overflowed the stack).
                    if (!_started)
                    {
                        _started = true;
                    }
                }

                private Task EnsureRegisterAsync(CancellationToken ct) => Task.CompletedTask;

                private async Task ReconnectLoopAsync(CancellationToken ct)
                {
                    while (!ct.IsCancellationRequested && !_started)
                    {
                        await EnsureRegisterAsync(ct);
                        if (_connected)
                        {
                            return;
                        }

                        await Task.Delay(TimeSpan.FromSeconds(5), ct);
                    }
                }
            }
            """;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task A_refresh_loop_that_re_registers_after_any_failure_is_reported()
    {
        const string source = """
            using System.Threading.Tasks;
            using Acme.Dialer;
            using Sip;

            class Registrar
            {
                async Task KeepRegisteredAsync(SipTrunk trunk)
                {
                    while (true)
                    {
                        var resp = await {|#0:trunk.SendRegisterAsync("sip:registrar.example.com")|};
                        if (SipStatus.IsSuccess(resp.StatusCode)) await Task.Delay(3000000);
                    }
                }
            }
            """ + DialerStubs.Trunk;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2001").WithLocation(0).WithMessage(Registration("The loop calls SendRegisterAsync again", AnySixXx)),
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage(EndlessAuthentication("The loop calls SendRegisterAsync again", Challenges)));
    }

    [Fact]
    public async Task The_same_shapes_stay_silent_when_they_stop_on_a_6xx_or_know_nothing_of_the_status()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Voip.Sip;

            class CorrectLoops
            {
                private readonly ISipRegistrationService _registrationService;
                private readonly ISipClientTransactionExecutor _executor;

                // The permanent-failure test covers the 6xx class too; ten rounds at most.
                async Task RegisterUntilRefusedAsync(string account, CancellationToken ct)
                {
                    var failures = 0;
                    while (!ct.IsCancellationRequested && failures < 10)
                    {
                        try
                        {
                            await _registrationService.RegisterAsync(account, ct);
                            await Task.Delay(TimeSpan.FromMinutes(50), ct);
                        }
                        catch (Exception ex)
                        {
                            if (IsPermanentFailure(ex))
                            {
                                return;
                            }

                            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 2 * ++failures)), ct);
                        }
                    }
                }

                private static bool IsPermanentFailure(Exception ex)
                    => ex is SipRegistrationFailedException { StatusCode: (int)Sip.SipStatusCode.Forbidden or >= (int)Sip.SipStatusCode.BusyEverywhere };

                // A catch that never looks at a status knows nothing of it (a socket error, a timeout).
                async Task RegisterThroughOutagesAsync(string account, CancellationToken ct)
                {
                    var failures = 0;
                    while (!ct.IsCancellationRequested)
                    {
                        try
                        {
                            await _registrationService.RegisterAsync(account, ct);
                            await Task.Delay(TimeSpan.FromMinutes(50), ct);
                        }
                        catch (Exception ex)
                        {
                            Console.WriteLine(ex.Message);
                            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 2 * ++failures)), ct);
                        }
                    }
                }

                // A status exception whose filter admits only 503, a few times on a growing back-off.
                async Task RegisterAfterOverloadAsync(string account, CancellationToken ct)
                {
                    var failures = 0;
                    while (!ct.IsCancellationRequested && failures < 5)
                    {
                        try
                        {
                            await _registrationService.RegisterAsync(account, ct);
                            return;
                        }
                        catch (SipRegistrationFailedException ex) when (ex.StatusCode == (int)Sip.SipStatusCode.ServiceUnavailable)
                        {
                            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 2 * ++failures)), ct);
                        }
                    }
                }

                // The route loop stops on a 6xx before it moves on.
                async Task<SipResponse> SubscribeAsync(IReadOnlyList<string> routeCandidates, CancellationToken ct)
                {
                    foreach (var routeCandidate in routeCandidates)
                    {
                        var result = await _executor.ExecuteAsync(new SipClientTransactionRequest { Method = "SUBSCRIBE", RequestUri = routeCandidate }, ct);
                        var response = result.FinalResponse;
                        if (SipProtocol.IsSuccess(response.StatusCode) || SipProtocol.IsGlobalFailure(response.StatusCode))
                        {
                            return response;
                        }
                    }

                    return null;
                }

                // An in-dialog UPDATE: a 6xx ends that attempt to change the session, not the call (a false warning found on the corpus).
                async Task<bool> RefreshSessionAsync(string dialogTarget, CancellationToken ct)
                {
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        var result = await _executor.ExecuteAsync(new SipClientTransactionRequest { Method = "UPDATE", RequestUri = dialogTarget }, ct);
                        if (SipProtocol.IsSuccess(result.FinalResponse.StatusCode))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                // A helper that read the response decides the retry (a false warning found on the corpus): only it knows
                // that just 401/407 get to the continue.
                async Task<bool> SendInDialogAsync(string method, string dialogTarget, CancellationToken ct)
                {
                    var authAttempted = false;
                    while (true)
                    {
                        var result = await _executor.ExecuteAsync(new SipClientTransactionRequest { Method = method, RequestUri = dialogTarget }, ct);
                        var response = result.FinalResponse;
                        if (SipProtocol.IsSuccess(response.StatusCode))
                        {
                            return true;
                        }

                        if (!TryResolveAuthRetry(response, authAttempted, out var shouldRetryWithAuth))
                        {
                            return false;
                        }

                        if (shouldRetryWithAuth)
                        {
                            authAttempted = true;
                            continue;
                        }

                        return false;
                    }
                }

                private static bool TryResolveAuthRetry(SipResponse response, bool authAttempted, out bool retry)
                {
                    retry = !authAttempted && response.Header("WWW-Authenticate") != null;
                    return retry;
                }

                // A mediator's request is not a SIP request, whatever the result's status says.
                async Task<bool> LoadProfileAsync(IRequestExecutor mediator, IReadOnlyList<string> ids)
                {
                    foreach (var id in ids)
                    {
                        var result = await mediator.ExecuteAsync(new GetProfileRequest { Id = id });
                        if (SipProtocol.IsSuccess(result.StatusCode))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                // A refresh loop that reports a failed registration instead of repeating it.
                async Task KeepRegisteredAsync(string account, CancellationToken ct)
                {
                    while (!ct.IsCancellationRequested)
                    {
                        var result = await _executor.ExecuteAsync(new SipClientTransactionRequest { Method = "REGISTER", RequestUri = account }, ct);
                        if (!SipProtocol.IsSuccess(result.FinalResponse.StatusCode))
                        {
                            return;
                        }

                        await Task.Delay(TimeSpan.FromMinutes(50), ct);
                    }
                }
            }
            """ + OwnStack;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task A_registration_back_off_that_only_cancellation_ends_ignores_Retry_After_and_rejected_credentials()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Voip.Sip;

            class LineRegistrar
            {
                private readonly ISipRegistrationService _registrationService;

                // Stops on 403 and the 6xx class; everything else goes round again on a growing back-off, for ever.
                async Task KeepRegisteredAsync(string account, CancellationToken ct)
                {
                    var failures = 0;
                    while (!ct.IsCancellationRequested)
                    {
                        try
                        {
                            await {|#0:_registrationService.RegisterAsync(account, ct)|}.ConfigureAwait(false);
                            failures = 0;
                            await Task.Delay(TimeSpan.FromMinutes(50), ct);
                        }
                        catch (SipRegistrationFailedException ex) when (ex.StatusCode == (int)Sip.SipStatusCode.Forbidden || ex.StatusCode >= 600)
                        {
                            return;
                        }
                        catch (SipRegistrationFailedException)
                        {
                            failures++;
                            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 1 << Math.Min(failures, 6))), ct);
                        }
                    }
                }
            }
            """ + OwnStack;
        const string retry = CatchRetry;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage(EndlessAuthentication(retry, Challenges)),
            SipTest.Diagnostic("SIP2005").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(0).WithMessage(
                IgnoresRetryAfter(retry, LaterCodes)));
    }

    [Fact]
    public async Task A_registration_back_off_with_a_bound_or_a_delay_taken_from_the_response_stays_silent()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Voip.Sip;

            class LineRegistrar
            {
                private readonly ISipRegistrationService _registrationService;

                // Ten rounds at most, then the line is reported down.
                async Task RegisterFewTimesAsync(string account, CancellationToken ct)
                {
                    var failures = 0;
                    while (!ct.IsCancellationRequested && failures < 10)
                    {
                        try
                        {
                            await _registrationService.RegisterAsync(account, ct).ConfigureAwait(false);
                            return;
                        }
                        catch (SipRegistrationFailedException ex) when (ex.StatusCode == (int)Sip.SipStatusCode.ServiceUnavailable)
                        {
                            failures++;
                            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 1 << Math.Min(failures, 6))), ct);
                        }
                    }
                }

                // Unbounded, but each wait comes from the failure itself (the helper reads its Retry-After).
                async Task RegisterAsTheServerSaysAsync(string account, CancellationToken ct)
                {
                    while (!ct.IsCancellationRequested)
                    {
                        try
                        {
                            await _registrationService.RegisterAsync(account, ct).ConfigureAwait(false);
                            return;
                        }
                        catch (SipRegistrationFailedException ex) when (ex.StatusCode == (int)Sip.SipStatusCode.ServiceUnavailable)
                        {
                            await Task.Delay(WaitFor(ex), ct);
                        }
                    }
                }

                private static TimeSpan WaitFor(SipRegistrationFailedException failure) => TimeSpan.FromSeconds(30);
            }
            """ + OwnStack;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task An_attempt_limit_that_is_zero_unless_configured_does_not_bound_the_registration()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Voip.Sip;

            public sealed class ReregisterOptions
            {
                /// <summary>Reconnect attempts before giving up; 0 means unlimited. Default: 0.</summary>
                public int MaxRetries
                {
                    get => _maxRetries;
                    init => _maxRetries = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
                }

                private readonly int _maxRetries;
            }

            class LineChannel
            {
                private readonly ISipRegistrationService _registrationService;

                async Task RegisterAsync(string account, ReregisterOptions options, CancellationToken ct)
                {
                    var failureCount = 0;
                    while (!ct.IsCancellationRequested)
                    {
                        try
                        {
                            await {|#0:_registrationService.RegisterAsync(account, ct)|}.ConfigureAwait(false);
                            await Task.Delay(TimeSpan.FromMinutes(50), ct);
                        }
                        catch (SipRegistrationFailedException ex) when (ex.StatusCode is (int)Sip.SipStatusCode.Unauthorized or (int)Sip.SipStatusCode.Forbidden or >= 600)
                        {
                            return;
                        }
                        catch (SipRegistrationFailedException)
                        {
                            failureCount++;
                            if (options.MaxRetries > 0 && failureCount > options.MaxRetries)
                            {
                                return;
                            }

                            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 2 * failureCount)), ct);
                        }
                    }
                }
            }
            """ + OwnStack;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage(EndlessAuthentication(
                CatchRetry, "407 Proxy Authentication Required")),
            SipTest.Diagnostic("SIP2005").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(0).WithMessage(IgnoresRetryAfter(
                CatchRetry,
                LaterCodes)));
    }

    [Fact]
    public async Task An_attempt_limit_with_a_default_bounds_the_registration()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Voip.Sip;

            public sealed class ReregisterOptions
            {
                public int MaxRetries { get; init; } = 5;
            }

            class LineChannel
            {
                private readonly ISipRegistrationService _registrationService;

                async Task RegisterAsync(string account, ReregisterOptions options, CancellationToken ct)
                {
                    var failureCount = 0;
                    while (!ct.IsCancellationRequested)
                    {
                        try
                        {
                            await _registrationService.RegisterAsync(account, ct).ConfigureAwait(false);
                            await Task.Delay(TimeSpan.FromMinutes(50), ct);
                        }
                        catch (SipRegistrationFailedException ex) when (ex.StatusCode is (int)Sip.SipStatusCode.Unauthorized or (int)Sip.SipStatusCode.Forbidden or >= 600)
                        {
                            return;
                        }
                        catch (SipRegistrationFailedException)
                        {
                            failureCount++;
                            if (options.MaxRetries > 0 && failureCount > options.MaxRetries)
                            {
                                return;
                            }

                            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 2 * failureCount)), ct);
                        }
                    }
                }
            }
            """ + OwnStack;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task A_refresh_loop_that_drops_the_response_re_subscribes_after_a_6xx()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Voip.Sip;

            class PresenceWatcher
            {
                private readonly ISipClientTransactionExecutor _executor;

                async Task RefreshLoopAsync(string target, int expires, CancellationToken ct)
                {
                    while (!ct.IsCancellationRequested)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(expires * 0.9), ct);
                        try
                        {
                            await {|#0:SendSubscribeRefreshAsync(target, expires, ct)|}.ConfigureAwait(false);
                        }
                        catch (Exception ex) when (!ct.IsCancellationRequested)
                        {
                            Console.WriteLine(ex.Message);
                        }
                    }
                }

                async Task DirectLoopAsync(string target, int expires, CancellationToken ct)
                {
                    while (!ct.IsCancellationRequested)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(expires * 0.9), ct);
                        await {|#1:SendSubscribeAsync(target, expires, ct)|};
                    }
                }

                // Answers the challenge itself, then forgets the final response.
                private async Task SendSubscribeRefreshAsync(string target, int expires, CancellationToken ct)
                {
                    var response = await ExecuteSubscribeAsync(target, expires, ct);
                    if (response.StatusCode == (int)Sip.SipStatusCode.Unauthorized)
                    {
                        response = await ExecuteSubscribeAsync(target, expires, ct);
                    }
                }

                private async Task<SipResponse> ExecuteSubscribeAsync(string target, int expires, CancellationToken ct)
                {
                    var result = await _executor.ExecuteAsync(new SipClientTransactionRequest { Method = "SUBSCRIBE", RequestUri = target }, ct);
                    return result.FinalResponse;
                }

                private Task<SipResponse> SendSubscribeAsync(string target, int expires, CancellationToken ct) => ExecuteSubscribeAsync(target, expires, ct);
            }
            """ + OwnStack;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2001").WithLocation(0).WithMessage(Failover(
                "The loop calls SendSubscribeRefreshAsync again (SendSubscribeRefreshAsync receives the response and neither returns nor throws it)", AnySixXx)),
            SipTest.Diagnostic("SIP2001").WithLocation(1).WithMessage(Failover(
                "The loop calls SendSubscribeAsync again (SendSubscribeAsync returns the response and the loop drops it)", AnySixXx)));
    }

    [Fact]
    public async Task Keep_alives_and_helpers_that_throw_on_failure_stay_silent_when_the_loop_drops_the_result()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Voip.Sip;

            class LinePinger
            {
                private readonly ISipClientTransactionExecutor _executor;

                // An OPTIONS keep-alive keeps the NAT binding open whatever the answer.
                async Task KeepAliveAsync(string target, CancellationToken ct)
                {
                    while (!ct.IsCancellationRequested)
                    {
                        await SendOptionsAsync(target, ct);
                        await Task.Delay(TimeSpan.FromSeconds(30), ct);
                    }
                }

                // The helper throws on any failure, which ends the loop.
                async Task RefreshLoopAsync(string target, CancellationToken ct)
                {
                    while (!ct.IsCancellationRequested)
                    {
                        await SendSubscribeRefreshAsync(target, ct);
                        await Task.Delay(TimeSpan.FromMinutes(50), ct);
                    }
                }

                private async Task<SipResponse> SendOptionsAsync(string target, CancellationToken ct)
                {
                    var result = await _executor.ExecuteAsync(new SipClientTransactionRequest { Method = "OPTIONS", RequestUri = target }, ct);
                    return result.FinalResponse;
                }

                private async Task SendSubscribeRefreshAsync(string target, CancellationToken ct)
                {
                    var result = await _executor.ExecuteAsync(new SipClientTransactionRequest { Method = "SUBSCRIBE", RequestUri = target }, ct);
                    var response = await Task.FromResult(result.FinalResponse);
                    if (!Sip.SipStatus.IsSuccess(response.StatusCode))
                    {
                        throw new InvalidOperationException("SUBSCRIBE refused: " + response.StatusCode);
                    }
                }

                // The helper leaves its verdict in a flag that the loop reads.
                private bool _refused;

                async Task WatchAsync(string target, CancellationToken ct)
                {
                    while (!ct.IsCancellationRequested && !_refused)
                    {
                        await SendSubscribeAndRememberAsync(target, ct);
                        await Task.Delay(TimeSpan.FromMinutes(50), ct);
                    }
                }

                private async Task SendSubscribeAndRememberAsync(string target, CancellationToken ct)
                {
                    var response = await SendOptionsAsync(target, ct);
                    if (Sip.SipStatus.IsGlobalFailure(response.StatusCode))
                    {
                        _refused = true;
                    }
                }
            }
            """ + OwnStack;
        await SipTest.VerifyAsync(source);
    }

    [Fact]
    public async Task A_counter_that_bounds_something_else_does_not_bound_the_failures()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Voip.Sip;

            class LineChannel
            {
                private readonly ISipRegistrationService _registrationService;
                private bool _contactChanged;

                async Task RegisterAsync(string account, CancellationToken ct)
                {
                    var corrections = 0;
                    var failures = 0;
                    while (!ct.IsCancellationRequested)
                    {
                        try
                        {
                            await {|#0:_registrationService.RegisterAsync(account, ct)|}.ConfigureAwait(false);

                            // A NAT correction re-registers at once, a few times at most.
                            if (_contactChanged && corrections < 3)
                            {
                                corrections++;
                                continue;
                            }

                            corrections = 0;
                            failures = 0;
                            await Task.Delay(TimeSpan.FromMinutes(50), ct);
                        }
                        catch (SipRegistrationFailedException ex) when (ex.StatusCode is (int)Sip.SipStatusCode.Unauthorized or (int)Sip.SipStatusCode.Forbidden or >= 600)
                        {
                            return;
                        }
                        catch (SipRegistrationFailedException)
                        {
                            failures++;
                            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 2 * failures)), ct);
                        }
                    }
                }
            }
            """ + OwnStack;
        await SipTest.VerifyAsync(source,
            SipTest.Diagnostic("SIP2004").WithLocation(0).WithMessage(EndlessAuthentication(
                CatchRetry, "407 Proxy Authentication Required")),
            SipTest.Diagnostic("SIP2005").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Info).WithLocation(0).WithMessage(IgnoresRetryAfter(
                CatchRetry,
                LaterCodes)));
    }

    [Fact]
    public async Task A_counter_whose_test_leaves_or_sets_a_flag_bounds_the_failures()
    {
        const string source = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme.Voip.Sip;

            class LineChannel
            {
                private readonly ISipRegistrationService _registrationService;

                async Task RegisterUntilGivingUpAsync(string account, CancellationToken ct)
                {
                    var failures = 0;
                    while (!ct.IsCancellationRequested)
                    {
                        try
                        {
                            await _registrationService.RegisterAsync(account, ct).ConfigureAwait(false);
                            return;
                        }
                        catch (SipRegistrationFailedException ex) when (Sip.SipStatus.IsGlobalFailure(ex.StatusCode))
                        {
                            return;
                        }
                        catch (SipRegistrationFailedException)
                        {
                            if (++failures > 5)
                            {
                                return;
                            }

                            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 2 * failures)), ct);
                        }
                    }
                }

                async Task RegisterWithAFlagAsync(string account, CancellationToken ct)
                {
                    var failures = 0;
                    var giveUp = false;
                    while (!giveUp)
                    {
                        try
                        {
                            await _registrationService.RegisterAsync(account, ct).ConfigureAwait(false);
                            return;
                        }
                        catch (SipRegistrationFailedException ex) when (Sip.SipStatus.IsGlobalFailure(ex.StatusCode))
                        {
                            return;
                        }
                        catch (SipRegistrationFailedException)
                        {
                            if (++failures > 5)
                            {
                                giveUp = true;
                            }

                            await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 2 * failures)), ct);
                        }
                    }
                }
            }
            """ + OwnStack;
        await SipTest.VerifyAsync(source);
    }
}
