import sys

def check(values):
    for v in values:
        if v < 0:
            print('negative found:', v)
            stop(2)
        print('ok', v)

def stop(code):
    print('stopping with', code)
    sys.exit(code)

check([3, 1, 4])
check([1, -5, 9])
print('never printed')
