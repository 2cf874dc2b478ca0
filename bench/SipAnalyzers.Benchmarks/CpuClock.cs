using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SipAnalyzers.Benchmarks;

/// <summary>
/// The process's CPU time (all threads), in milliseconds. On Linux from <c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c>,
/// to the nanosecond: <see cref="Process.TotalProcessorTime"/> reads /proc/self/stat there, in clock ticks of 10 ms,
/// as large as the whole non-SIP difference and a third of a chunk pair's. Elsewhere it falls back to that property.
/// </summary>
internal static class CpuClock
{
    private const int ClockProcessCpuTimeId = 2; // CLOCK_PROCESS_CPUTIME_ID in <time.h> on Linux

    private static readonly bool Precise = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Where the readings come from, for the benchmark's header.</summary>
    public static string Source => Precise ? "clock_gettime(CLOCK_PROCESS_CPUTIME_ID), nanoseconds" : "Process.TotalProcessorTime";

    public static double NowMs()
    {
        if (Precise && TryRead(out var ms))
        {
            return ms;
        }

        return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }

    private static bool TryRead(out double ms)
    {
        ms = 0;
        try
        {
            if (clock_gettime(ClockProcessCpuTimeId, out var time) != 0)
            {
                return false;
            }

            ms = (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
