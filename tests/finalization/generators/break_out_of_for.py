def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print("gen finally")


for v in gen():
    print("got", v)
    if v == 1:
        print("break")
        break
print("after loop")
