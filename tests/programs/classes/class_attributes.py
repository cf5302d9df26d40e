class Counter:
    count = 0
    name = 'counter'

    def bump(self):
        Counter.count += 1
        return Counter.count

a = Counter()
b = Counter()
a.bump()
b.bump()
print(Counter.count, a.count, b.name)
a.count = 100
print(a.count, b.count, Counter.count)
