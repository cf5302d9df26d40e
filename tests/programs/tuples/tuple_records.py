# Lists of tuples as records: sorting, comparing, grouping.
people = [
    ('smith', 42, 1.80),
    ('jones', 35, 1.65),
    ('brown', 42, 1.75),
    ('adams', 19, 1.90),
    ('jones', 28, 1.70),
]
by_name = people.copy()
by_name.sort()
for rec in by_name:
    print(rec)

by_age = []
for name, age, height in people:
    by_age.append((age, name, height))
by_age.sort()
print(by_age[0], by_age[-1])

print(min(people), max(people))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, 'a') == (1, 'a'), (1, 2) != (1, 2.0), (0.5, 1) <= (0.5, 1))

ages = {}
for name, age, height in people:
    if name in ages:
        ages[name] = ages[name] + (age,)
    else:
        ages[name] = (age,)
print(ages)

total_height = 0.0
for rec in people:
    total_height += rec[2]
print('avg height', total_height / len(people))

t = (1, 2, 3) + (4,) * 2
print(t, t[1:4], t[::-1], t[-1], 3 in t, 9 not in t)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[0] + nested[1])
