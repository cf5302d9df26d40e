s = {10, 20, 30}
out = []
while s:
    out.append(s.pop())
print(sorted(out))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    set().remove(1)
except KeyError as e:
    print("KeyError:", e)
