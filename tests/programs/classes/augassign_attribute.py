class C:
    pass

c = C()
c.n = 1
c.n += 5
c.s = 'a'
c.s *= 3
c.l = [1]
c.l += [2]
print(c.n, c.s, c.l)
