class Bag:
    pass

bags = []
for i in range(5):
    b = Bag()
    for j in range(i * 3):
        setattr(b, 'a%d' % j, j * i)
    bags.append(b)
for b in bags:
    print(sorted(b.__dict__.items())[:3], len(b.__dict__))
