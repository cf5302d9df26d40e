class Box:
    def __class_getitem__(cls, item):
        return '%s[%s]' % (cls.__name__, item.__name__)

print(Box[int], Box[str])
