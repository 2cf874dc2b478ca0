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

        public static bool Enabled { get; set; }

        public static void Reset() => _ticks = new long[SipAnalyzer.Families.Length];

        /// <summary>Milliseconds per family, in <see cref="SipAnalyzer.Families"/> order.</summary>
        public static double[] Milliseconds()
        {
            var result = new double[_ticks.Length];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = Interlocked.Read(ref _ticks[i]) * 1000.0 / Stopwatch.Frequency;
            }

            return result;
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
            }
        }
    }
}
