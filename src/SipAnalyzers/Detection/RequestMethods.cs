using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using System;
using System.Collections.Generic;

namespace SipAnalyzers.Detection
{
    /// <summary>
    /// The SIP request methods (INVITE, REGISTER, SUBSCRIBE...) a request can have at a point of the code, read from the
    /// tests on the way: an enclosing <c>if (req.Method == SIPMethodsEnum.REGISTER)</c>, a <c>case SIPMethodsEnum.REFER:</c>
    /// of a switch on the method, an earlier <c>if (req.Method != "SUBSCRIBE") return;</c>. A method expression is a member
    /// named <c>Method</c>/<c>MethodName</c> (or its <c>ToString()</c>) compared with an enum member or a string.
    /// </summary>
    internal readonly struct RequestMethods
    {
        private readonly HashSet<string>? _only;
        private readonly HashSet<string>? _not;

        private RequestMethods(HashSet<string>? only, HashSet<string>? not)
        {
            _only = only;
            _not = not;
        }

        public static RequestMethods Any => default;

        /// <summary>Nothing is known about the method.</summary>
        public bool IsAny => _only == null && (_not == null || _not.Count == 0);

        /// <summary>The method is known to be one of <paramref name="methods"/>.</summary>
        public bool IsOnly(params string[] methods)
        {
            if (_only == null || _only.Count == 0)
            {
                return false;
            }

            foreach (var method in _only)
            {
                if (Array.IndexOf(methods, method) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The method is known not to be <paramref name="method"/> (it is another one, or was excluded).</summary>
        public bool Excludes(string method)
            => (_only != null && !_only.Contains(method)) || (_not != null && _not.Contains(method));

        /// <summary>One method, as a message shows it ("REGISTER"), when exactly one is known.</summary>
        public string? Single => _only is { Count: 1 } ? First(_only) : null;

        public override string ToString()
            => _only != null ? string.Join(" or ", _only) : _not is { Count: > 0 } ? "not " + string.Join(", not ", _not) : "any method";

        /// <summary>The methods a request can have at <paramref name="at"/>, from the conditions and switches around it.</summary>
        public static RequestMethods At(IOperation at)
        {
            var result = Any;
            foreach (var test in PathConditions.At(at))
            {
                if (test.Section is { } section)
                {
                    if (IsMethodExpression(test.Condition) && SectionMethods(section) is { } labels)
                    {
                        result = result.Intersect(new RequestMethods(labels, null));
                    }

                    continue;
                }

                var evaluated = Evaluate(test.Condition);
                result = result.Intersect(test.Holds ? evaluated.WhenTrue : evaluated.WhenFalse);
            }

            return result;
        }

        /// <summary>The methods a switch section's labels name (<c>case SIPMethodsEnum.REFER:</c>); null for default or a pattern.</summary>
        private static HashSet<string>? SectionMethods(ISwitchCaseOperation section)
        {
            var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var clause in section.Clauses)
            {
                if (clause is ISingleValueCaseClauseOperation single && MethodName(single.Value) is { } name)
                {
                    labels.Add(name);
                }
                else
                {
                    return null;
                }
            }

            return labels;
        }

        private RequestMethods Intersect(RequestMethods other)
        {
            HashSet<string>? only = _only;
            if (other._only != null)
            {
                only = only == null ? new HashSet<string>(other._only, StringComparer.OrdinalIgnoreCase) : new HashSet<string>(Overlap(only, other._only), StringComparer.OrdinalIgnoreCase);
            }

            HashSet<string>? not = _not;
            if (other._not != null)
            {
                not = not == null ? other._not : new HashSet<string>(Concat(not, other._not), StringComparer.OrdinalIgnoreCase);
            }

            if (only != null && not != null)
            {
                only = new HashSet<string>(only, StringComparer.OrdinalIgnoreCase);
                only.ExceptWith(not);
            }

            return new RequestMethods(only, not);
        }

        private static IEnumerable<string> Overlap(HashSet<string> a, HashSet<string> b)
        {
            foreach (var item in a)
            {
                if (b.Contains(item))
                {
                    yield return item;
                }
            }
        }

        private static IEnumerable<string> Concat(HashSet<string> a, HashSet<string> b)
        {
            foreach (var item in a)
            {
                yield return item;
            }

            foreach (var item in b)
            {
                yield return item;
            }
        }

        private static string First(HashSet<string> set)
        {
            foreach (var item in set)
            {
                return item;
            }

            return string.Empty;
        }

        /// <summary>What a condition says about the method when it is true and when it is false.</summary>
        private static (RequestMethods WhenTrue, RequestMethods WhenFalse) Evaluate(IOperation condition)
        {
            condition = condition.WithoutImplicitConversions();
            switch (condition)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                {
                    var name = IsMethodExpression(binary.LeftOperand) ? MethodName(binary.RightOperand)
                        : IsMethodExpression(binary.RightOperand) ? MethodName(binary.LeftOperand)
                        : null;
                    if (name == null)
                    {
                        return (Any, Any);
                    }

                    var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
                    var equal = new RequestMethods(set, null);
                    var different = new RequestMethods(null, set);
                    return binary.OperatorKind == BinaryOperatorKind.Equals ? (equal, different) : (different, equal);
                }

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                {
                    var left = Evaluate(and.LeftOperand);
                    var right = Evaluate(and.RightOperand);
                    return (left.WhenTrue.Intersect(right.WhenTrue), Any);
                }

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                {
                    var left = Evaluate(or.LeftOperand);
                    var right = Evaluate(or.RightOperand);
                    var whenTrue = left.WhenTrue._only != null && right.WhenTrue._only != null
                        ? new RequestMethods(new HashSet<string>(Concat(left.WhenTrue._only, right.WhenTrue._only), StringComparer.OrdinalIgnoreCase), null)
                        : Any;
                    return (whenTrue, left.WhenFalse.Intersect(right.WhenFalse));
                }

                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                {
                    var inner = Evaluate(not.Operand);
                    return (inner.WhenFalse, inner.WhenTrue);
                }

                case IIsPatternOperation pattern when IsMethodExpression(pattern.Value):
                {
                    var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    return PatternNames(pattern.Pattern, names)
                        ? (new RequestMethods(names, null), new RequestMethods(null, names))
                        : (Any, Any);
                }

                case IInvocationOperation { TargetMethod.Name: "Equals", Arguments.Length: >= 1 } equals
                    when equals.Instance != null && IsMethodExpression(equals.Instance) && MethodName(equals.Arguments[0].Value) is { } equalName:
                {
                    var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { equalName };
                    return (new RequestMethods(set, null), new RequestMethods(null, set));
                }

                default:
                    return (Any, Any);
            }
        }

        private static bool PatternNames(IPatternOperation pattern, HashSet<string> names)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant when MethodName(constant.Value) is { } name:
                    names.Add(name);
                    return true;
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                    return PatternNames(or.LeftPattern, names) && PatternNames(or.RightPattern, names);
                default:
                    return false;
            }
        }

        /// <summary><c>req.Method</c>, <c>request.MethodName</c>, <c>req.Method.ToString()</c>.</summary>
        private static bool IsMethodExpression(IOperation operation)
        {
            operation = operation.WithoutImplicitConversions();
            if (operation is IInvocationOperation { TargetMethod.Name: "ToString" or "ToUpperInvariant" or "ToUpper", Instance: { } instance })
            {
                operation = instance.WithoutImplicitConversions();
            }

            var name = operation switch
            {
                IPropertyReferenceOperation property => property.Property.Name,
                IFieldReferenceOperation field => field.Field.Name,
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                _ => null,
            };
            return name != null && (string.Equals(name, "Method", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "MethodName", StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, "RequestMethod", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary><c>SIPMethodsEnum.REGISTER</c> or <c>"REGISTER"</c> as "REGISTER".</summary>
        private static string? MethodName(IOperation operation)
        {
            operation = operation.WithoutImplicitConversions();
            return operation switch
            {
                IFieldReferenceOperation { Field: { IsConst: true } field } when field.ContainingType?.TypeKind == TypeKind.Enum => field.Name.ToUpperInvariant(),
                ILiteralOperation { ConstantValue.Value: string text } => text.ToUpperInvariant(),
                _ => null,
            };
        }
    }
}
