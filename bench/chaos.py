"""Chaos game: a point jumps around the plane, each jump following one of
several cubic B-spline curves picked at random by weight (with a
pseudo-random generator written here); the visited pixels are counted
in an in-memory grid.  Float arithmetic on small vector objects, the
de Boor recursion for the splines, method calls."""
import sys
import time


class Random(object):
    """31-bit linear congruential generator giving floats in [0, 1)."""

    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return self.state / 2147483648.0


class Vec(object):
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def magnitude(self):
        return (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5

    def distance(self, other):
        return (self - other).magnitude()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def blend(self, other, t):
        """(1 - t) * self + t * other."""
        s = 1.0 - t
        return Vec(self.x * s + other.x * t, self.y * s + other.y * t,
                   self.z * s + other.z * t)


class Spline(object):
    """A clamped cubic B-spline through control points."""

    def __init__(self, points, degree=3):
        self.points = points
        self.degree = degree
        n = len(points) - 1
        if n < degree:
            raise ValueError('need more control points than the degree')
        # Clamped knot vector: degree + 1 zeros, 1 .. n - degree, then
        # degree + 1 copies of the end value.
        end = float(n - degree + 1)
        knots = [0.0] * (degree + 1)
        for i in range(1, n - degree + 1):
            knots.append(float(i))
        knots.extend([end] * (degree + 1))
        self.knots = knots
        self.last_span = n

    def domain(self):
        return self.knots[self.degree], self.knots[self.last_span + 1]

    def span(self, u):
        """The k with knots[k] <= u < knots[k + 1], degree <= k <= n."""
        k = self.degree
        knots = self.knots
        while k < self.last_span and knots[k + 1] <= u:
            k += 1
        return k

    def __call__(self, u):
        """de Boor evaluation at parameter u."""
        lo, hi = self.domain()
        if u < lo:
            u = lo
        elif u > hi:
            u = hi
        k = self.span(u)
        p = self.degree
        knots = self.knots
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = knots[j + k - p]
                right = knots[j + 1 + k - r]
                if right == left:
                    alpha = 0.0
                else:
                    alpha = (u - left) / (right - left)
                d[j] = d[j - 1].blend(d[j], alpha)
        return d[p]

    def __len__(self):
        return len(self.points)


class ChaosGame(object):
    def __init__(self, splines, weights, rng):
        self.splines = splines
        total = float(sum(weights))
        acc = 0.0
        self.thresholds = []
        for w in weights:
            acc += w / total
            self.thresholds.append(acc)
        self.rng = rng
        self.minx = self.miny = 1e30
        self.maxx = self.maxy = -1e30
        for spline in splines:
            lo, hi = spline.domain()
            steps = 40
            for i in range(steps + 1):
                p = spline(lo + (hi - lo) * i / steps)
                self.minx = min(self.minx, p.x)
                self.miny = min(self.miny, p.y)
                self.maxx = max(self.maxx, p.x)
                self.maxy = max(self.maxy, p.y)
        self.width = self.maxx - self.minx
        self.height = self.maxy - self.miny
        self.step = 1.0 / 256.0

    def pick(self):
        r = self.rng.random()
        for i, t in enumerate(self.thresholds):
            if r < t:
                return i
        return len(self.thresholds) - 1

    def transform(self, point):
        spline = self.splines[self.pick()]
        lo, hi = spline.domain()
        fx = (point.x - self.minx) / self.width
        fy = (point.y - self.miny) / self.height
        u = lo + (hi - lo) * fx
        base = spline(u)
        ahead = spline(u + self.step * (hi - lo))
        # Offset along the curve's normal by how high the old point was.
        tx = ahead.x - base.x
        ty = ahead.y - base.y
        length = (tx * tx + ty * ty) ** 0.5
        if length == 0.0:
            return base
        offset = (fy - 0.5) * 0.25 * self.height
        return Vec(base.x - ty / length * offset, base.y + tx / length * offset, 0.0)

    def clamp(self, point):
        x = point.x
        y = point.y
        if x < self.minx:
            x = self.minx
        elif x > self.maxx:
            x = self.maxx
        if y < self.miny:
            y = self.miny
        elif y > self.maxy:
            y = self.maxy
        return Vec(x, y, 0.0)

    def run(self, width, height, jumps):
        grid = [[0] * width for _ in range(height)]
        point = Vec((self.minx + self.maxx) / 2.0, (self.miny + self.maxy) / 2.0, 0.0)
        for _ in range(jumps):
            point = self.clamp(self.transform(point))
            px = int((point.x - self.minx) / self.width * (width - 1))
            py = int((self.maxy - point.y) / self.height * (height - 1))
            grid[py][px] += 1
        return grid


def make_splines():
    return [
        Spline([Vec(1.597350, 3.304460), Vec(1.575810, 4.123260), Vec(1.313210, 5.288350),
                Vec(1.618900, 5.329910), Vec(2.889940, 5.502700), Vec(2.373060, 4.381830),
                Vec(1.662000, 4.360280), Vec(1.618900, 5.329910)]),
        Spline([Vec(2.804500, 4.017350), Vec(2.550500, 3.525230), Vec(1.979010, 2.620360),
                Vec(1.979010, 2.620360)]),
        Spline([Vec(2.001670, 4.011320), Vec(2.335040, 3.312830), Vec(2.366800, 3.233460),
                Vec(2.366800, 3.233460)]),
        Spline([Vec(0.6, 1.2), Vec(1.4, 2.8), Vec(2.2, 1.1), Vec(3.1, 2.4), Vec(3.4, 3.9)]),
    ]


def chaos(jumps):
    game = ChaosGame(make_splines(), [3, 2, 2, 1], Random(1234))
    grid = game.run(80, 60, jumps)
    h = 0
    lit = 0
    for row in grid:
        for count in row:
            if count:
                lit += 1
            h = (h * 31 + count) % 1000000007
    return h, lit


def main():
    iterations = 5
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        h, lit = chaos(10000)
        checksum = h * 10000 + lit
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main()
