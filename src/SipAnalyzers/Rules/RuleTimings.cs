using System;
using System.Diagnostics;
using System.Threading;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// Time spent per rule family, for the benchmark's per-rule shares: the driver's telemetry sees one analyzer. Off
    /// unless the benchmark turns it on; off, it costs one static read per callback.
    /// </summary>
    internal static class RuleTimings
    {
        private static long[] _ticks = new long[SipAnalyzer.Families.Length];
        private static long[] _calls = new long[SipAnalyzer.Families.Length];

        public static bool Enabled { get; set; }

        public static void Reset()
        {
            _ticks = new long[SipAnalyzer.Families.Length];
            _calls = new long[SipAnalyzer.Families.Length];
        }

        /// <summary>
        /// Milliseconds per family, in <see cref="SipAnalyzer.Families"/> order, less the clock reads themselves (one
        /// read's cost per call, measured here): a family called for every literal or every call would otherwise be
        /// charged for hundreds of thousands of clock reads.
        /// </summary>
        public static double[] Milliseconds()
        {
            var perCall = ClockReadTicks();
            var result = new double[_ticks.Length];
            for (var i = 0; i < result.Length; i++)
            {
                var ticks = Interlocked.Read(ref _ticks[i]) - (perCall * Interlocked.Read(ref _calls[i]));
                result[i] = Math.Max(ticks, 0) * 1000.0 / Stopwatch.Frequency;
            }

            return result;
        }

        /// <summary>Calls of each family's callbacks since the last reset.</summary>
        public static long[] Calls() => (long[])_calls.Clone();

        private static double ClockReadTicks()
        {
            const int Reads = 1_000_000;
            var start = Stopwatch.GetTimestamp();
            long sink = 0;
            for (var i = 0; i < Reads; i++)
            {
                sink += Stopwatch.GetTimestamp();
            }

            return (Stopwatch.GetTimestamp() - start - (sink & 0)) / (double)Reads;
        }

        public static void Run<T>(int family, Action<T> action, T context)
        {
            if (!Enabled)
            {
                action(context);
                return;
            }

            var start = Stopwatch.GetTimestamp();
            try
            {
                action(context);
            }
            finally
            {
                Interlocked.Add(ref _ticks[family], Stopwatch.GetTimestamp() - start);
                Interlocked.Increment(ref _calls[family]);
            }
        }
    }
}
