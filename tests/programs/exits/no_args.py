import sys
print(len(sys.argv), type(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith('.py'))
