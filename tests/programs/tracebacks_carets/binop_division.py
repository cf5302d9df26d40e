# A failing binary operation: `~` under the operands, `^` under the operator.
print("start")
print(1/0)
