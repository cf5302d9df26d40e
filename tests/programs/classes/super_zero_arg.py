class A:
    def greet(self):
        return 'A'

class B(A):
    def greet(self):
        return 'B' + super().greet()

class C(B):
    def greet(self):
        return 'C' + super().greet()

print(C().greet())
