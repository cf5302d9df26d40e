import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print(random.randrange(0, 100, 7), random.choice('abcdefg'), random.getrandbits(40))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample('abcdef', 3))
print(random.choices('abc', weights=[5, 1, 1], k=8), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=4))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12))
print(round(random.expovariate(1.5), 12), round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 3), 12))
print(round(random.gammavariate(2.0, 1.0), 12), round(random.lognormvariate(0, 1), 12), round(random.vonmisesvariate(1, 2), 12))
print(round(random.paretovariate(3), 12), round(random.weibullvariate(1, 2), 12))
r1 = random.Random(7); r2 = random.Random(7)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
st = r1.getstate(); a = [r1.randint(0, 1000) for _ in range(5)]
r1.setstate(st); print(a == [r1.randint(0, 1000) for _ in range(5)], a)
r3 = random.Random('a string seed'); print(r3.random())
r4 = random.Random(b'bytes'); print(r4.randint(0, 10**20))
print(random.Random(2**100).random(), random.Random(-5).random() == random.Random(5).random())
print(r3.randbytes(8))
try:
    random.randrange(10, 5)
except ValueError as e:
    print('ValueError', e)
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print('ValueError', e)
class MyRandom(random.Random):
    pass
m = MyRandom(3); print(m.randint(1, 6), m.choice([10, 20, 30]))
