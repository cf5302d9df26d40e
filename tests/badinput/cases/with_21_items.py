with open("f0"), open("f1"), open("f2"), open("f3"), open("f4"), open("f5"), open("f6"), open("f7"), open("f8"), open("f9"), open("f10"), open("f11"), open("f12"), open("f13"), open("f14"), open("f15"), open("f16"), open("f17"), open("f18"), open("f19"), open("f20"):
    pass
