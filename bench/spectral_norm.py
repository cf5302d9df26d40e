"""Spectral norm of an infinite matrix (Benchmarks Game): nested loops
over float lists, a small function called in the inner loop."""
import sys
import time


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5


def main():
    iterations = 5
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0.0
    for _ in range(iterations):
        t0 = time.perf_counter()
        checksum = spectral_norm(220)
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main()
