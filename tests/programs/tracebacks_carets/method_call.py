# A failing method lookup marks `obj.name`, not the whole call.
class Box:
    def __init__(self, value):
        self.value = value


box = Box(3)
print(box.value)
box.missing(1, 2)
