from enum import Enum, IntFlag, Flag, auto, unique, EnumMeta
import enum
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
def mode_str(m):
    return ''.join(ch if m & p else '-' for ch, p in zip('rwx', (Perm.R, Perm.W, Perm.X)))
for m in [7, 5, 0, 6]:
    print(m, mode_str(Perm(m)), repr(Perm(m)))
class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto(); THU = auto(); FRI = auto(); SAT = auto(); SUN = auto()
    WEEKEND = SAT | SUN
    WORKDAYS = MON | TUE | WED | THU | FRI
print(Weekday.WEEKEND, [d.name for d in Weekday.WORKDAYS], Weekday.SAT in Weekday.WEEKEND, len(Weekday.WORKDAYS), Weekday(3))
class State(Enum):
    IDLE = 'idle'
    RUNNING = 'running'
    DONE = 'done'
    def next(self):
        order = list(State)
        return order[(order.index(self) + 1) % len(order)]
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
s = State.IDLE
for _ in range(4):
    print(s.name, end=' '); s = s.next()
print()
print(State('RUNNING'), State['DONE'].value)
try:
    State('nope')
except ValueError as e:
    print('ValueError', e)
match State.DONE:
    case State.IDLE: print('idle')
    case State.DONE: print('done!')
print(isinstance(State, EnumMeta), type(State.IDLE).__mro__[1:])
print(enum.Enum.__members__ if hasattr(enum.Enum, '__members__') else None, State.__members__.keys())
class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status(404).name, Status.OK == 200, {Status.OK: 'ok'}[200], Status.NOT_FOUND.value + 1, str(Status.OK), f'{Status.OK:d}')
try:
    class Ext(State):
        EXTRA = 'x'
except TypeError as e:
    print('TypeError', e)
print(list(reversed(State)), State.IDLE in State, 'idle' in [m.value for m in State])
