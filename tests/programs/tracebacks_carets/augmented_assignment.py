# An augmented assignment: the load of the target fails.
counts = {"a": 1}
counts["a"] += 1
counts["b"] += 1
