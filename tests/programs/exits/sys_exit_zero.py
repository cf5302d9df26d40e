import sys
print('clean')
sys.exit(0)
