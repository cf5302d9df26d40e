# Backtracking: N-queens solutions and a sudoku-style row filler.
def solve(n, row, cols, placed, solutions):
    if row == n:
        solutions.append(placed.copy())
        return
    for c in range(n):
        ok = True
        for r in range(row):
            pc = placed[r]
            if pc == c or abs(pc - c) == row - r:
                ok = False
                break
        if ok:
            placed.append(c)
            solve(n, row + 1, cols, placed, solutions)
            placed.pop()

for n in range(1, 8):
    found = []
    solve(n, 0, None, [], found)
    print(n, len(found), found[0] if found else None)

found = []
solve(6, 0, None, [], found)
for sol in found:
    print(sol)
board = found[0]
for c in board:
    print('. ' * c + 'Q ' + '. ' * (6 - c - 1))

# subset sum with backtracking
def subset_sum(nums, target, start, chosen):
    if target == 0:
        return chosen.copy()
    for i in range(start, len(nums)):
        if nums[i] <= target:
            chosen.append(nums[i])
            result = subset_sum(nums, target - nums[i], i + 1, chosen)
            if result is not None:
                return result
            chosen.pop()
    return None

nums = [31, 17, 23, 5, 11, 41, 2]
for t in [0, 7, 50, 53, 100, 131, 200]:
    print(t, subset_sum(nums, t, 0, []))
