for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('done')
i = 0
while True:
    i += 1
    try:
        if i < 3:
            continue
        break
    finally:
        print('while finally', i)
