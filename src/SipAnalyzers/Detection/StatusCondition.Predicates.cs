using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SipAnalyzers.Context;
using SipAnalyzers.Generator;
using System;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    /// <summary>Class predicates: the generated <c>SipStatus.IsX</c>, and stacks' and applications' own by the same names.</summary>
    internal readonly partial struct StatusCondition
    {
        /// <summary>
        /// <c>SipStatus.IsGlobalFailure(code)</c>: the generated predicates, read from their one definition. A stack's or the
        /// application's own class predicate by the same name reads the same: <c>SipProtocol.IsSuccess(response.StatusCode)</c>
        /// (a static helper given a status), <c>response.IsFinal()</c> or <c>response.IsProvisional</c> (on an object that
        /// carries a status; the object is then the operand).
        /// </summary>
        private static StatusCondition Predicate(SipCompilationContext sip, IInvocationOperation invocation)
        {
            if (invocation.Arguments.Length == 1
                && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, sip.GeneratedPredicates))
            {
                return ClassPredicate(GeneratedPredicates, invocation.TargetMethod.Name, invocation.Arguments[0].Value.WithoutImplicitConversions());
            }

            if (!ClassPredicates.ContainsKey(invocation.TargetMethod.Name))
            {
                return Unknown;
            }

            if (invocation.Arguments.Length == 1 && invocation.Instance == null)
            {
                var argument = invocation.Arguments[0].Value.WithoutImplicitConversions();
                if (sip.TryGetSlot(argument, out _)
                    || (invocation.TargetMethod.IsExtensionMethod && sip.CarriesStatus(argument.Type))) // response.IsSuccess() as an extension
                {
                    return ClassPredicate(ClassPredicates, invocation.TargetMethod.Name, argument);
                }
            }

            if (invocation.Arguments.Length == 0 && invocation.Instance is { } receiver && sip.CarriesStatus(receiver.Type))
            {
                return ClassPredicate(ClassPredicates, invocation.TargetMethod.Name, receiver.WithoutImplicitConversions());
            }

            return Unknown;
        }

        /// <summary><c>response.IsProvisional</c>: a class predicate property of an object that carries a status.</summary>
        private static StatusCondition PropertyPredicate(SipCompilationContext sip, IPropertyReferenceOperation property)
            => ClassPredicates.ContainsKey(property.Property.Name) && property.Instance is { } receiver && sip.CarriesStatus(receiver.Type)
                ? ClassPredicate(ClassPredicates, property.Property.Name, receiver.WithoutImplicitConversions())
                : Unknown;

        private static StatusCondition ClassPredicate(Dictionary<string, (int Low, int High)> table, string name, IOperation operand)
        {
            if (!table.TryGetValue(name, out var range))
            {
                return Unknown;
            }

            var set = ValueSet.Range(range.Low, range.High);
            return new StatusCondition(set, set.Complement(), operand);
        }

        /// <summary>
        /// Class predicates by name: the generated ones, and the names stacks and applications give the same tests.
        /// Ambiguous names (IsFailure, IsError: 3xx or not?) are left out of the aliases.
        /// </summary>
        private static readonly Dictionary<string, (int Low, int High)> GeneratedPredicates = BuildGeneratedPredicates();

        private static readonly Dictionary<string, (int Low, int High)> ClassPredicates = BuildClassPredicates();

        private static Dictionary<string, (int Low, int High)> BuildGeneratedPredicates()
        {
            var table = new Dictionary<string, (int Low, int High)>(StringComparer.Ordinal);
            foreach (var (name, low, high, _) in SipTypesSource.Predicates)
            {
                table[name] = (low, high);
            }

            return table;
        }

        private static Dictionary<string, (int Low, int High)> BuildClassPredicates()
        {
            var table = BuildGeneratedPredicates();

            table["IsInformational"] = (100, 199);
            table["IsSuccessful"] = (200, 299);
            table["IsRedirect"] = (300, 399);
            table["IsClientError"] = (400, 499);
            table["IsServerError"] = (500, 599);
            table["IsFinalResponse"] = (200, 699);
            table["IsProvisionalResponse"] = (100, 199);
            for (var digit = 1; digit <= 6; digit++)
            {
                table["Is" + digit + "xx"] = table["Is" + digit + "XX"] = (digit * 100, digit * 100 + 99); // Is1XX(), Is6xx
            }

            table.Remove("IsFailure"); // the generated one means 4xx-6xx; elsewhere the name is used for 3xx-6xx as well
            return table;
        }
    }
}
