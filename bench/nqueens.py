"""N-queens by recursive backtracking over lists of occupied columns and
diagonals; every solution is copied into a list of solutions."""
import sys
import time

# Board sizes solved per iteration (11 twice: ~0.3 s on CPython 3.11).
SIZES = [4, 5, 6, 7, 8, 9, 10, 11, 11]


def place(row, n, queens, cols, diag1, diag2, solutions):
    if row == n:
        solutions.append(queens[:])
        return
    for c in range(n):
        d1 = row + c
        d2 = row - c + n - 1
        if not cols[c] and not diag1[d1] and not diag2[d2]:
            queens[row] = c
            cols[c] = True
            diag1[d1] = True
            diag2[d2] = True
            place(row + 1, n, queens, cols, diag1, diag2, solutions)
            cols[c] = False
            diag1[d1] = False
            diag2[d2] = False


def solve(n):
    solutions = []
    place(0, n, [0] * n, [False] * n, [False] * (2 * n - 1),
          [False] * (2 * n - 1), solutions)
    return solutions


def main():
    iterations = 5
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        checksum = 0
        for n in SIZES:
            solutions = solve(n)
            # Number of solutions, and a digest of all queen positions.
            digest = 0
            for s in solutions:
                for q in s:
                    digest = (digest * 31 + q) % 1000003
            checksum = checksum * 1000 + len(solutions) * 1000003 + digest
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main()
