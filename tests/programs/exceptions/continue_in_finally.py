log = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError(i)
        log = log + [i]
    finally:
        continue
print(log)
