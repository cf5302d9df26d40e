# Merge sort, insertion sort, selection sort with counters.
comparisons = 0

def merge(left, right):
    global comparisons
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        comparisons += 1
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    return merge(merge_sort(items[:mid]), merge_sort(items[mid:]))

def insertion_sort(items):
    items = items.copy()
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = key
    return items

def selection_sort(items):
    items = items[:]
    n = len(items)
    for i in range(n):
        m = i
        for j in range(i + 1, n):
            if items[j] < items[m]:
                m = j
        items[i], items[m] = items[m], items[i]
    return items

# deterministic pseudo-random data (linear congruential generator)
seed = 12345
data = []
for i in range(200):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1000 - 500)
print(data[:10])
expected = data.copy()
expected.sort()
m = merge_sort(data)
print(m[:8], m[-8:], comparisons)
print(m == expected, insertion_sort(data) == expected, selection_sort(data) == expected)
print(merge_sort([]), merge_sort([1]), merge_sort([2, 1]), merge_sort(['b', 'c', 'a']))
print(merge_sort([3.5, -1, 2, 0.0, 10 ** 20, -(10 ** 20)]))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(merge_sort(words), insertion_sort(words) == merge_sort(words))
