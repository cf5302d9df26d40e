# Inside an f-string, the field's expression is marked.
n = 0
print(f"ratio: {10 / n:.2f}")
