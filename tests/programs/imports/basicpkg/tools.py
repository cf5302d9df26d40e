print("basicpkg.tools init:", __name__, __package__)
def double(x):
    return 2 * x
if __name__ == "__main__":
    print("never printed")
