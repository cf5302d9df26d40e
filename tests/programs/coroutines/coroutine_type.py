async def f():
    return 1

c = f()
print(type(c))
print(c.__name__)
print(c.cr_running, c.cr_await)
c.close()
print(c.cr_frame)
