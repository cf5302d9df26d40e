import random
from collections import Counter
rng = random.Random(2024)
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000))
print(sorted(rolls.items()))
inside = sum(1 for _ in range(5000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print(inside, 4 * inside / 5000)
deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
rng.shuffle(deck)
print(deck[:5], rng.sample(deck, 3))
print(rng.choices(['win', 'lose', 'draw'], [0.5, 0.3, 0.2], k=10))
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk)
print([round(rng.gauss(10, 2), 6) for _ in range(3)], [rng.randrange(1000000) for _ in range(3)])
random.seed(99); a = random.random(); random.seed(99); print(a == random.random())
sr = random.SystemRandom(); print(type(sr.random()).__name__, 0 <= sr.randint(0, 5) <= 5)
print(rng.binomialvariate(10, 0.5) if hasattr(rng, 'binomialvariate') else 'n/a', rng.getrandbits(0) if False else rng.getrandbits(1) in (0, 1))
