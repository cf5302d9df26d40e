"""Run by the command-line tests as `-m tests.cli.mainmod`."""
import sys
print(__name__, __package__, __spec__.name, __file__ == sys.argv[0])
print(sys.argv[1:], sys.argv[0].endswith('mainmod.py'))
if __name__ == '__main__':
    print('main guard ran')
