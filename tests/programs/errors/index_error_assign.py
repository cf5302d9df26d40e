slots = [None] * 4
for i in range(4):
    slots[i] = i * i
print(slots)
slots[-4] = 'first'
print(slots)
slots[4] = 'overflow'
