# args: one 2 three
import sys
print(len(sys.argv), sys.argv[1:])
for a in sys.argv[1:]:
    print(a.upper())
