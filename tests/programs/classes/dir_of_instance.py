class C:
    cls_attr = 1

    def method(self):
        pass

c = C()
c.inst = 2
names = dir(c)
print('inst' in names, 'cls_attr' in names, 'method' in names, '__init__' in names)
