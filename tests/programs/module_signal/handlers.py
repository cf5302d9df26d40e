import signal
print(signal.getsignal(signal.SIGINT))
print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(2).name)
got = []
def h(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, h)
print(old)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.strsignal(signal.SIGINT))
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print(e)
try:
    signal.signal(99, h)
except ValueError as e:
    print(e)
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print(e)
print(signal.getsignal(signal.SIGPIPE))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
