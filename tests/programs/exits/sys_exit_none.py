import sys
def finish():
    print('finishing')
    sys.exit()
finish()
print('never')
