print("one: start")
import circpkg.two
FROM_ONE = "one"
def use():
    return circpkg.two.FROM_TWO
print("one: end")
