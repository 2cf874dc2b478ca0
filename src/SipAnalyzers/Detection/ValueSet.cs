using System;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// A set of integers as sorted, disjoint, non-adjacent closed intervals: the values a status condition admits.
    /// Small (a handful of intervals) and immutable.
    /// </summary>
    internal sealed class ValueSet
    {
        public const long Min = int.MinValue;
        public const long Max = int.MaxValue;

        public static readonly ValueSet Empty = new ValueSet(new List<(long, long)>());
        public static readonly ValueSet All = new ValueSet(new List<(long, long)> { (Min, Max) });

        private readonly List<(long Low, long High)> _intervals;

        private ValueSet(List<(long, long)> intervals) => _intervals = intervals;

        public IReadOnlyList<(long Low, long High)> Intervals => _intervals;

        public bool IsEmpty => _intervals.Count == 0;

        /// <summary>Exactly the given values.</summary>
        public static ValueSet Of(IEnumerable<int> values)
        {
            var set = Empty;
            foreach (var value in values)
            {
                set = set.Union(Range(value, value));
            }

            return set;
        }

        public static ValueSet Range(long low, long high)
        {
            low = Math.Max(low, Min);
            high = Math.Min(high, Max);
            return low > high ? Empty : new ValueSet(new List<(long, long)> { (low, high) });
        }

        public bool Contains(long value)
        {
            foreach (var (low, high) in _intervals)
            {
                if (value >= low && value <= high)
                {
                    return true;
                }
            }

            return false;
        }

        public bool Overlaps(long low, long high) => !Intersect(Range(low, high)).IsEmpty;

        public ValueSet Complement()
        {
            var result = new List<(long, long)>();
            var next = Min;
            foreach (var (low, high) in _intervals)
            {
                if (low > next)
                {
                    result.Add((next, low - 1));
                }

                next = high + 1;
            }

            if (next <= Max)
            {
                result.Add((next, Max));
            }

            return new ValueSet(result);
        }

        public ValueSet Intersect(ValueSet other)
        {
            var result = new List<(long, long)>();
            int i = 0, j = 0;
            while (i < _intervals.Count && j < other._intervals.Count)
            {
                var (aLow, aHigh) = _intervals[i];
                var (bLow, bHigh) = other._intervals[j];
                var low = Math.Max(aLow, bLow);
                var high = Math.Min(aHigh, bHigh);
                if (low <= high)
                {
                    result.Add((low, high));
                }

                if (aHigh < bHigh)
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }

            return new ValueSet(result);
        }

        public ValueSet Union(ValueSet other) => Complement().Intersect(other.Complement()).Complement();

        /// <summary>How many values the set holds (long.MaxValue when that does not fit).</summary>
        public long Count
        {
            get
            {
                long count = 0;
                foreach (var (low, high) in _intervals)
                {
                    var size = high - low + 1;
                    if (size <= 0 || count > long.MaxValue - size)
                    {
                        return long.MaxValue;
                    }

                    count += size;
                }

                return count;
            }
        }

        public bool SetEquals(ValueSet other)
        {
            if (_intervals.Count != other._intervals.Count)
            {
                return false;
            }

            for (var i = 0; i < _intervals.Count; i++)
            {
                if (_intervals[i] != other._intervals[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
