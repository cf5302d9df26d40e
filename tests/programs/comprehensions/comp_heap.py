def build(n):
    rows = [[str(i) * j for j in range(3)] for i in range(n)]
    index = {r[1]: r for r in rows}
    return len(rows), len(index)

for k in range(3):
    print(build(5 + k))
