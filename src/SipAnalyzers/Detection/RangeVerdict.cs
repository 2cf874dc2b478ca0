using SipAnalyzers.Diagnostics;
using SipAnalyzers.Generator;
using SipAnalyzers.Registry;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SipAnalyzers.Detection
{
    internal enum RangeVerdictKind
    {
        None,

        /// <summary>SIP1002: the range is exactly a class predicate (or its negation) over 100..699.</summary>
        ClassCheck,

        /// <summary>SIP2003: the range nearly matches a class but is off at an edge.</summary>
        WrongBounds,
    }

    /// <summary>What a <see cref="StatusRange"/> means for SIP1002 and SIP2003, with the fix's data.</summary>
    internal sealed class RangeVerdict
    {
        public static readonly RangeVerdict None = new RangeVerdict(RangeVerdictKind.None, null, false, string.Empty, string.Empty, new List<(RangeBound, long)>());

        private RangeVerdict(RangeVerdictKind kind, string? predicate, bool negated, object tests, object problem, List<(RangeBound Bound, long Constant)> corrections)
        {
            Kind = kind;
            Predicate = predicate;
            Negated = negated;
            Tests = tests;
            Problem = problem;
            Corrections = corrections;
        }

        public RangeVerdictKind Kind { get; }

        /// <summary>The SipStatus predicate equal to the range (SIP1002) or to the corrected range (SIP2003), if any.</summary>
        public string? Predicate { get; }

        public bool Negated { get; }

        /// <summary>What the (corrected) range tests, for messages: "2xx Success".</summary>
        public object Tests { get; }

        /// <summary>SIP2003: what is wrong with the edges.</summary>
        public object Problem { get; }

        /// <summary>SIP2003: the bound literals to change and their new constants (operators kept).</summary>
        public List<(RangeBound Bound, long Constant)> Corrections { get; }

        private static readonly ValueSet StatusValues = ValueSet.Range(SipStatusRegistry.MinStatus, SipStatusRegistry.MaxStatus);

        /// <summary>1xx and 6xx: where a validity check that slipped admits statuses.</summary>
        private static readonly ValueSet EdgeClasses = ValueSet.Range(SipStatusRegistry.MinStatus, SipStatusRegistry.MinStatus + 99)
            .Union(ValueSet.Range(SipStatusRegistry.MaxStatus - 99, SipStatusRegistry.MaxStatus));

        public static RangeVerdict Classify(StatusRange range)
        {
            if (!range.HasRangeTest)
            {
                return None;
            }

            var set = range.Set;
            var statuses = set.Intersect(StatusValues);
            if (statuses.IsEmpty || statuses.SetEquals(StatusValues))
            {
                // A validity check names the whole range: exactly 100..699 (IsValid) or exactly everything else (!IsValid).
                // Anything else here tests no status at all or every status (x >= 0): no class to name.
                var none = new List<(RangeBound, long)>();
                return set.SetEquals(StatusValues) ? new RangeVerdict(RangeVerdictKind.ClassCheck, "IsValid", false, PredicateText("IsValid"), string.Empty, none)
                    : set.Complement().SetEquals(StatusValues) ? new RangeVerdict(RangeVerdictKind.ClassCheck, "IsValid", true, Fragments.AnythingBut(PredicateText("IsValid")), string.Empty, none)
                    : None;
            }

            var below = set.Overlaps(ValueSet.Min, SipStatusRegistry.MinStatus - 1);
            var above = set.Overlaps(SipStatusRegistry.MaxStatus + 1, ValueSet.Max);

            // "Invalid status" test that also admits real statuses: x < 100 || x >= 600. Exactly one outer part
            // reaches into 100..699; when both do (x < 200 || x >= 300) it is a class complement instead.
            // Only a slip at an edge class reads as a validity check: x < 300 || x > 699 tests classes, not validity.
            if (below && above && (!statuses.Contains(SipStatusRegistry.MinStatus) || !statuses.Contains(SipStatusRegistry.MaxStatus))
                && statuses.Intersect(EdgeClasses).SetEquals(statuses))
            {
                var corrections = new List<(RangeBound, long)>();
                foreach (var bound in range.Bounds)
                {
                    if (bound.LowerEdge is { } low && low > SipStatusRegistry.MinStatus && low <= SipStatusRegistry.MaxStatus)
                    {
                        corrections.Add((bound, bound.ConstantForEdge(SipStatusRegistry.MaxStatus + 1)));
                    }
                    else if (bound.UpperEdge is { } high && high >= SipStatusRegistry.MinStatus && high < SipStatusRegistry.MaxStatus)
                    {
                        corrections.Add((bound, bound.ConstantForEdge(SipStatusRegistry.MinStatus - 1)));
                    }
                }

                return new RangeVerdict(RangeVerdictKind.WrongBounds, "IsValid", true, Fragments.InvalidStatusCodes,
                    Fragments.TreatsAsInvalid(Describe(statuses)), corrections);
            }

            var single = statuses.Intervals.Count == 1 ? statuses.Intervals[0] : ((long, long)?)null;

            // "Valid status" test that stops before 6xx: x >= 100 && x < 600.
            if (!below && !above && single is { } valid && valid.Item1 == SipStatusRegistry.MinStatus && valid.Item2 >= 598 && valid.Item2 <= 600
                && range.Bounds.Any(b => b.LowerEdge == SipStatusRegistry.MinStatus))
            {
                var corrections = range.Bounds.Where(b => b.UpperEdge == valid.Item2)
                    .Select(b => (b, b.ConstantForEdge(SipStatusRegistry.MaxStatus))).ToList();
                return new RangeVerdict(RangeVerdictKind.WrongBounds, "IsValid", false, Fragments.ValidStatusCodes,
                    Fragments.ValidityStopsBefore6xx(valid.Item2), corrections);
            }

            if (Match(statuses) is { } exact)
            {
                return new RangeVerdict(RangeVerdictKind.ClassCheck, exact.Name, false, exact.Text, string.Empty, new List<(RangeBound, long)>());
            }

            // "Anything but 3xx to 6xx" is 100 to 299, provisional or success: no clearer by name (SIP2002's concern),
            // unless the code spells out both edges (x < 300 || x > 699).
            var complement = StatusValues.Intersect(statuses.Complement());
            if (Match(complement) is { } negated
                && (negated.Name != "IsNonSuccessFinal" || range.Bounds.Any(b => b.LowerEdge == SipStatusRegistry.MaxStatus + 1)))
            {
                return new RangeVerdict(RangeVerdictKind.ClassCheck, negated.Name, true, Fragments.AnythingBut(negated.Text), string.Empty, new List<(RangeBound, long)>());
            }

            return single is { } interval ? ClassifyEdges(range, interval.Item1, interval.Item2) : None;
        }

        private static RangeVerdict ClassifyEdges(StatusRange range, long low, long high)
        {
            var lowerOk = low % 100 == 0;
            var lowerOff = low % 100 == 99;
            var upperOk = high % 100 == 99;
            var upperOffByOne = high % 100 == 98;
            var upperIntoNext = high % 100 == 0 && high > low;
            var upperEnumerated = !upperOk && !upperOffByOne && !upperIntoNext && high / 100 == low / 100
                && high >= HighestRegistered((int)(high / 100));

            var upperOff = upperOffByOne || upperIntoNext || upperEnumerated;
            if (!(lowerOk || lowerOff) || !(upperOk || upperOff) || !(lowerOff || upperOff))
            {
                return None;
            }

            var newLow = lowerOff ? low + 1 : low;
            var newHigh = upperIntoNext ? high - 1 : upperOff ? high / 100 * 100 + 99 : high;

            var problems = new List<object>();
            if (lowerOff)
            {
                problems.Add(Fragments.IncludesLastCodeOf(low, ClassName(low)));
            }

            if (upperOffByOne)
            {
                problems.Add(Fragments.MissesLastCodeOf(high + 1, ClassName(high)));
            }
            else if (upperIntoNext)
            {
                problems.Add(Fragments.IncludesCodeOf(high, ClassName(high)));
            }
            else if (upperEnumerated)
            {
                problems.Add(Fragments.StopsAtHighestRegistered(high, ClassName(high), high / 100 * 100));
            }

            var corrections = new List<(RangeBound, long)>();
            foreach (var bound in range.Bounds)
            {
                if (lowerOff && bound.LowerEdge == low)
                {
                    corrections.Add((bound, bound.ConstantForEdge(newLow)));
                }
                else if (upperOff && bound.UpperEdge == high)
                {
                    corrections.Add((bound, bound.ConstantForEdge(newHigh)));
                }
            }

            var corrected = ValueSet.Range(newLow, newHigh);
            var match = Match(corrected);
            return new RangeVerdict(RangeVerdictKind.WrongBounds, match?.Name, false,
                match?.Text ?? Fragments.RangeText(newLow, newHigh), new LocalizedList(Fragments.And, problems.ToArray()), corrections);
        }

        private static (string Name, object Text)? Match(ValueSet statuses)
        {
            if (statuses.Intervals.Count != 1)
            {
                return null;
            }

            var (low, high) = statuses.Intervals[0];
            foreach (var (name, predicateLow, predicateHigh, _) in SipTypesSource.Predicates)
            {
                if (predicateLow == low && predicateHigh == high)
                {
                    return (name, PredicateText(name));
                }
            }

            return null;
        }

        public static object PredicateText(string predicate) => predicate switch
        {
            "IsFinal" => Fragments.FinalResponseRange,
            "IsFailure" => Fragments.FailureRange,
            "IsNonSuccessFinal" => Fragments.NonSuccessFinalRange,
            "IsValid" => Fragments.ValidStatusRange,
            _ => SipStatusClassText.Describe((SipStatusClass)(SipTypesSource.Predicates.First(p => p.Name == predicate).Low / 100)),
        };

        private static object Describe(ValueSet statuses)
        {
            if (Match(statuses) is { } match)
            {
                return match.Text;
            }

            return new LocalizedList(", ", statuses.Intervals.Select(i => i.Low == i.High ? (object)i.Low.ToString(CultureInfo.InvariantCulture) : Fragments.RangeText(i.Low, i.High)).ToArray());
        }

        private static string ClassName(long code) => SipStatusClassText.Describe((SipStatusClass)(code / 100));

        private static int HighestRegistered(int statusClass)
            => SipStatusRegistry.All.Where(i => i.Code / 100 == statusClass).Max(i => i.Code);
    }
}
