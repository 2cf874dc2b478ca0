using System;
using System.Diagnostics;
using System.Threading;

namespace SipAnalyzers.Rules
{
    /// <summary>
    /// Time spent per rule family, for the benchmark's per-rule shares: the driver's telemetry sees one analyzer. Off
    /// unless the benchmark turns it on before it analyzes; off, the families' callbacks are registered without it.
    /// </summary>
    internal static class RuleTimings
    {
        private static long[] _ticks = new long[SipAnalyzer.Families.Length];
        private static long[] _calls = new long[SipAnalyzer.Families.Length];
        private static long[] _bytes = new long[SipAnalyzer.Families.Length];

        // GC.GetAllocatedBytesForCurrentThread is not in netstandard2.0; the benchmark runs on a runtime that has it.
        private static readonly Func<long> AllocatedOnThread =
            (Func<long>?)typeof(GC).GetMethod("GetAllocatedBytesForCurrentThread", Type.EmptyTypes)?.CreateDelegate(typeof(Func<long>))
            ?? (() => 0L);

        public static bool Enabled { get; set; }

        public static void Reset()
        {
            _ticks = new long[SipAnalyzer.Families.Length];
            _calls = new long[SipAnalyzer.Families.Length];
            _bytes = new long[SipAnalyzer.Families.Length];
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

        /// <summary>
        /// Bytes each family's callbacks allocated since the last reset (on their own thread): every allocation brings
        /// the next collection of the compiler's large heap nearer, and the profile charges those collections to
        /// whichever callback allocates when the budget runs out.
        /// </summary>
        public static long[] AllocatedBytes() => (long[])_bytes.Clone();

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

            var bytes = AllocatedOnThread();
            var start = Stopwatch.GetTimestamp();
            try
            {
                action(context);
            }
            finally
            {
                Interlocked.Add(ref _ticks[family], Stopwatch.GetTimestamp() - start);
                Interlocked.Increment(ref _calls[family]);
                Interlocked.Add(ref _bytes[family], AllocatedOnThread() - bytes);
            }
        }
    }
}
