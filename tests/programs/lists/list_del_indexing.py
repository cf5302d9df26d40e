# Negative indices, slices with steps, del with slices.
nums = []
for i in range(12):
    nums.append(i * 10)
print(nums[-1], nums[-12], nums[3:7], nums[7:3], nums[7:3:-1], nums[::-3])
print(nums[-3:], nums[:-9], nums[100:], nums[-100:2], nums[2:100:4], nums[::-1][:3])
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[2:4]
print(nums)
del nums[::2]
print(nums)
del nums[1:1]
print(nums)
del nums[:]
print(nums, len(nums))

lst = ['a', 'b', 'c', 'd', 'e', 'f']
lst[0] = 'A'
lst[-1] = 'F'
lst[2] += 'c'
print(lst)
i = 0
while i < len(lst):
    if lst[i] in ['b', 'd']:
        del lst[i]
    else:
        i += 1
print(lst)
print(lst.index('F'), lst.count('cc'), lst.pop(-2), lst)
lst.insert(-1, 'mid')
lst.insert(100, 'end')
lst.insert(-100, 'start')
print(lst)
lst.remove('mid')
lst.extend('xy')
lst.extend(('t',))
print(lst, len(lst))
m = [[1, 2, 3], [4, 5, 6]]
m[1][-1] = 60
del m[0][1]
print(m, m[-1][-2], m[0][-1])
