class A:
    def who(self):
        return 'A'

class B(A):
    def who(self):
        return 'B'

class C(B):
    def who(self):
        return super(B, self).who() + super(C, self).who()

print(C().who())
print(super(C, C()).who())
