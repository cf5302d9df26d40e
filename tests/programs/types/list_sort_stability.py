import_free = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(import_free, key=lambda t: t[1]))
print(sorted(import_free, key=lambda t: t[1], reverse=True))
nums = list(range(20))
nums.sort(key=lambda n: n % 3)
print(nums)
nums.sort(key=lambda n: n % 3, reverse=True)
print(nums)
