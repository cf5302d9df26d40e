print("hello World".upper(), "Hello WORLD".lower(), "hello world".title(), "hELLO".swapcase(), "hello WORLD".capitalize())
print("ß".upper(), "ﬁ".upper(), "İ".lower(), "ΣΑΣ ΣΑΣ".lower(), "ς".upper(), "Straße".casefold(), "ΣΑΣ".casefold())
print("they're bill's".title(), "ǆemal".title(), "ǅ".swapcase(), "hello-world 3d".title())
print("ÉCOLE".lower(), "école".upper(), "ﬃ".title())
