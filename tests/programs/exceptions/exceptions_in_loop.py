caught = []
total = 0
for i in range(20):
    try:
        if i % 3 == 0:
            raise ValueError([i])
        total += i
    except ValueError as e:
        caught = caught + [e]
    finally:
        total += 1
print(total, len(caught), caught[-1].args)
