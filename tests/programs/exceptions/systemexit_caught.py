import sys
try:
    sys.exit('message')
except SystemExit as e:
    print('caught exit:', e.code)
print('still running')
