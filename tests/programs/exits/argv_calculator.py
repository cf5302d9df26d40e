# args: 12 7 -3 100
import sys
args = sys.argv[1:]
print(len(sys.argv), len(args))
nums = []
for a in args:
    nums.append(int(a))
print(nums, sum(nums), min(nums), max(nums))
print(sys.argv[0].endswith('argv_calculator.py'))
product = 1
for n in nums:
    product *= n
print(product)
if product < 0:
    sys.exit(4)
print('not reached')
