namespace SipAnalyzers.Tests.Infrastructure;

/// <summary>The Polly v7 and v8 retry APIs that SIP code wraps around a send (the package is not served here).</summary>
internal static class PollyStubs
{
    public const string Source = """

        namespace Polly
        {
            using System;
            using System.Threading.Tasks;

            public class Context { }

            public class DelegateResult<T>
            {
                public T Result { get; }
            }

            public class PolicyBuilder<T>
            {
                public PolicyBuilder<T> OrResult(Func<T, bool> predicate) => this;
                public object RetryAsync(int retryCount) => null;
                public object RetryForeverAsync() => null;
                public object WaitAndRetryAsync(int retryCount, Func<int, TimeSpan> sleepDurationProvider) => null;
                public object WaitAndRetryAsync(int retryCount, Func<int, DelegateResult<T>, Context, TimeSpan> sleepDurationProvider, Func<DelegateResult<T>, TimeSpan, int, Context, Task> onRetryAsync) => null;
                public object WaitAndRetryForeverAsync(Func<int, TimeSpan> sleepDurationProvider) => null;
                public object CircuitBreakerAsync(int exceptionsAllowed, TimeSpan duration) => null;
            }

            public static class Policy
            {
                public static PolicyBuilder<T> HandleResult<T>(Func<T, bool> predicate) => new PolicyBuilder<T>();
            }

            public class PredicateBuilder<T>
            {
                public PredicateBuilder<T> HandleResult(Func<T, bool> predicate) => this;
            }

            public enum DelayBackoffType { Constant, Linear, Exponential }

            public class RetryStrategyOptions<T>
            {
                public PredicateBuilder<T> ShouldHandle { get; set; }
                public int MaxRetryAttempts { get; set; } = 3;
                public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(2);
                public DelayBackoffType BackoffType { get; set; }
                public bool UseJitter { get; set; }
            }
        }
        """;
}
