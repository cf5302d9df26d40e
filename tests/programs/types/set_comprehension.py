print({x % 4 for x in range(20)})
print({i for i in [5, 5, 6]})
words = ["a", "bb", "cc", "ddd"]
print(sorted({len(w) for w in words}))
print({*range(3), 7})
print(set("aab") == {"a", "b"})
