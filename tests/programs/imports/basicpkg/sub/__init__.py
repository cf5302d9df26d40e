print("basicpkg.sub init")
