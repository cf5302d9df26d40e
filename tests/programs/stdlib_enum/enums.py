import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], list(Color.__members__))
print(Color.RED.name, Color.RED.value, Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print('ValueError', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
class Pri(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Pri.LOW, repr(Pri.HIGH), Pri.MID + 1, Pri.HIGH > Pri.LOW, sorted([Pri.HIGH, Pri.LOW]), int(Pri.MID), Pri(2))
print(f'{Pri.MID}', f'{Color.RED}', str(Pri.MID), format(Pri.MID, '>5'))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), rw is Perm.RW, list(Perm.R | Perm.X), ~Perm.R)
class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.C, repr(IP.A | 8), IP.A | 2, (IP.A | IP.B) & 2, int(IP.C), IP(3))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)
print(Planet.EARTH.gravity, Planet.MERCURY.value)
class Ordinal(str, Enum):
    FIRST = 'first'
    SECOND = 'second'
    def describe(self):
        return self.value.upper()
print(Ordinal.FIRST.describe(), Ordinal.FIRST == 'first', Ordinal('second'))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
Shape = Enum('Shape', [('SQ', 4), ('TRI', 3)])
print(Shape.TRI, Shape(4))
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(Auto.X.value, Auto.Y.value)
class S(enum.StrEnum):
    A = auto()
    B = 'bee'
print(S.A, S.B, S.A + '!')
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.CRIMSON], Color.RED in d, hash(Color.RED) == hash(Color.RED))
print(Color.__members__['CRIMSON'], Perm.__members__.keys())
