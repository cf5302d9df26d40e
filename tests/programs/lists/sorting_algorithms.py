def bubble_sort(items):
    items = items.copy()
    n = len(items)
    for i in range(n):
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
    return items
def insertion_sort(items):
    result = []
    for x in items:
        i = 0
        while i < len(result) and result[i] <= x:
            i += 1
        result.insert(i, x)
    return result
data = [38, 27, 43, 3, 9, 82, 10, 3]
print(bubble_sort(data))
print(insertion_sort(data))
print(data)
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
s = bubble_sort(data)
print(binary_search(s, 43), binary_search(s, 5))
