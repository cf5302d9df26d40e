x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x /= 2; print(x)
n = 6
n <<= 2; print(n)
n >>= 1; print(n)
n &= 7; print(n)
n |= 8; print(n)
n ^= 3; print(n)
s = 'ab'
s += 'cd'
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
counts = {'a': 1}
counts['a'] += 10
nums = [1, 2, 3]
nums[1] *= 100
print(counts, nums)
