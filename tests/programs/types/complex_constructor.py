print(complex(), complex(2), complex(2.5), complex(1, 2), complex(1j, 1j))
print(complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-J"), complex("5"))
print(complex("1e3j"), complex("-1.5e-3+2.5J"), complex("inf-infj"), complex("1_0+2_0j"))
for bad in ["1+", "j1", "1+2", "", "()", "1 + 2j", "x"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
try:
    complex("1", 2)
except TypeError as e:
    print(e)
try:
    complex(1, "2")
except TypeError as e:
    print(e)
try:
    complex([])
except TypeError as e:
    print(e)
