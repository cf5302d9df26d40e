"""A small ray tracer: vectors, rays, spheres and a checkered plane as
classes with operator methods; diffuse and specular lighting, shadows and
reflections.  The image stays in memory; the checksum digests its pixels."""
import sys
import time

EPSILON = 1e-5
INF = 1e30


class Vec(object):
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vec(self.y * other.z - self.z * other.y,
                   self.z * other.x - self.x * other.z,
                   self.x * other.y - self.y * other.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return 'Vec(%r, %r, %r)' % (self.x, self.y, self.z)


class Color(object):
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Color(self.r + other.r, self.g + other.g, self.b + other.b)

    def __mul__(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def tint(self, other):
        return Color(self.r * other.r, self.g * other.g, self.b * other.b)

    def to_bytes(self):
        return (clamp_byte(self.r), clamp_byte(self.g), clamp_byte(self.b))


def clamp_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0)


BLACK = Color(0.0, 0.0, 0.0)


class Ray(object):
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material(object):
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=20, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, a, b, size, **kw):
        Material.__init__(self, a, **kw)
        self.other = b
        self.size = size

    def color_at(self, point):
        ix = int((point.x + 1000.0) / self.size)
        iz = int((point.z + 1000.0) / self.size)
        return self.color if (ix + iz) % 2 == 0 else self.other


class Shape(object):
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        Shape.__init__(self, material)
        self.center = center
        self.radius = radius
        self.radius2 = radius * radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return INF
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return INF

    def normal_at(self, point):
        return (point - self.center) * (1.0 / self.radius)


class Plane(Shape):
    def __init__(self, point, normal, material):
        Shape.__init__(self, material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if -EPSILON < denom < EPSILON:
            return INF
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else INF

    def normal_at(self, point):
        return self.normal


class Light(object):
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Camera(object):
    def __init__(self, eye, target, up, fov_scale, width, height):
        self.eye = eye
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized() * fov_scale
        self.up = self.right.cross(self.forward).normalized() * fov_scale
        self.width = width
        self.height = height

    def ray(self, px, py):
        sx = (px + 0.5) / self.width * 2.0 - 1.0
        sy = 1.0 - (py + 0.5) / self.height * 2.0
        direction = self.forward + self.right * sx + self.up * sy
        return Ray(self.eye, direction.normalized())


class Scene(object):
    def __init__(self, shapes, lights, ambient, max_depth=3):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.max_depth = max_depth
        self.rays_cast = 0

    def closest(self, ray):
        best_t = INF
        best = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t < best_t:
                best_t = t
                best = shape
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for shape in self.shapes:
            if shape.intersect(ray) < distance:
                return True
        return False

    def trace(self, ray, depth):
        self.rays_cast += 1
        shape, t = self.closest(ray)
        if shape is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.6, 0.7, 0.9) * k + Color(0.1, 0.1, 0.15) * (1.0 - k)
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = shape.material
        base = material.color_at(point)
        result = base.tint(self.ambient)
        lifted = point + normal * EPSILON
        for light in self.lights:
            offset = light.position - point
            distance = offset.length()
            to_light = offset * (1.0 / distance)
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(lifted, to_light, distance):
                continue
            result = result + base.tint(light.color) * (lambert * material.diffuse)
            half = to_light.reflect(normal)
            spec = half.dot(ray.direction)
            if spec > 0.0:
                result = result + light.color * (material.specular * spec ** material.shininess)
        if material.reflect > 0.0 and depth < self.max_depth:
            bounce = Ray(lifted, ray.direction.reflect(normal))
            result = result + self.trace(bounce, depth + 1) * material.reflect
        return result


def build_scene():
    shapes = [
        Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
              Checker(Color(0.9, 0.9, 0.9), Color(0.2, 0.2, 0.25), 1.0, reflect=0.2)),
        Sphere(Vec(0.0, 1.0, 0.0), 1.0, Material(Color(0.8, 0.2, 0.2), reflect=0.4)),
        Sphere(Vec(-2.2, 0.7, 0.8), 0.7, Material(Color(0.2, 0.7, 0.3), specular=0.6, shininess=40)),
        Sphere(Vec(2.0, 0.6, -0.6), 0.6, Material(Color(0.3, 0.3, 0.9), reflect=0.6)),
        Sphere(Vec(0.9, 0.3, 1.8), 0.3, Material(Color(0.9, 0.8, 0.1), specular=0.9)),
        Sphere(Vec(-0.8, 2.6, -2.0), 0.8, Material(Color(0.9, 0.9, 0.9), reflect=0.7)),
    ]
    lights = [Light(Vec(-4.0, 6.0, 5.0), Color(0.8, 0.8, 0.8)),
              Light(Vec(5.0, 4.0, 3.0), Color(0.4, 0.35, 0.3))]
    return Scene(shapes, lights, Color(0.12, 0.12, 0.12))


def render(width, height):
    scene = build_scene()
    camera = Camera(Vec(0.0, 2.2, 6.5), Vec(0.0, 0.9, 0.0), Vec(0.0, 1.0, 0.0), 0.55,
                    width, height)
    image = []
    for py in range(height):
        row = []
        for px in range(width):
            row.append(scene.trace(camera.ray(px, py), 0).to_bytes())
        image.append(row)
    return image, scene.rays_cast


def digest(image):
    h = 0
    for row in image:
        for r, g, b in row:
            h = (h * 33 + r * 65536 + g * 256 + b) % 2147483647
    return h


def main():
    iterations = 5
    if len(sys.argv) > 1:
        iterations = int(sys.argv[1])
    checksum = 0
    for _ in range(iterations):
        t0 = time.perf_counter()
        image, rays = render(96, 72)
        checksum = digest(image) * 100000 + rays
        t1 = time.perf_counter()
        print("iteration", t1 - t0)
    print("checksum", checksum)


main()
