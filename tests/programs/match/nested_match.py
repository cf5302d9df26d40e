# A match statement inside a case body, and a tiny evaluator.
def evaluate(expr):
    match expr:
        case int(n) | float(n):
            return n
        case ("neg", operand):
            return -evaluate(operand)
        case (op, left, right):
            l = evaluate(left)
            r = evaluate(right)
            match op:
                case "+":
                    return l + r
                case "-":
                    return l - r
                case "*":
                    return l * r
                case "/" if r != 0:
                    return l / r
                case "/":
                    return float("inf")
            raise ValueError("unknown operator %r" % (op,))
    raise ValueError("bad expression %r" % (expr,))

print(evaluate(("+", 1, ("*", 2, 3))))
print(evaluate(("-", ("neg", 4), 2.5)))
print(evaluate(("/", 1, 0)))
try:
    evaluate(("%", 1, 2))
except ValueError as e:
    print(e)
