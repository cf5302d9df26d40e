# Sequence patterns nest, mixing lists, tuples and literals.
def area(shape):
    match shape:
        case ("rect", (x1, y1), (x2, y2)):
            return abs(x2 - x1) * abs(y2 - y1)
        case ("square", [x, y], side):
            return side * side
        case ["tri", [[_, _], [_, _], [_, _]] as pts]:
            return "triangle with %d points" % len(pts)
    return None

print(area(("rect", (0, 0), (3, 4))))
print(area(["rect", [1, 1], [2, 5]]))
print(area(("square", (9, 9), 3)))
print(area(("tri", [[0, 0], [1, 0], [0, 1]])))
print(area(("rect", (0, 0))))
