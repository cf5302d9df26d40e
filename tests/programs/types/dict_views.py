d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(k, d.values(), d.items())
print(k & {"a", "z"}, sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(d.items() & {("a", 1), ("b", 9)}, ("a", 1) in d.items(), ("a", 2) in d.items())
print(k == {"a", "b", "c"}, k == {"a"}, k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
d["d"] = 4
print(len(k), list(k))
print({1: 2}.keys() | [3], [3] | {1: 2}.keys())
