# a cycle of imports sees the partially initialized module
import circpkg.one
print(circpkg.one.use(), circpkg.one.FROM_ONE)
