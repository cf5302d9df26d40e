import sys
print('exit with 42')
sys.exit(42)
