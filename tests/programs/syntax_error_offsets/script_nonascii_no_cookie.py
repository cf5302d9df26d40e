# No coding cookie: the offsets of parser errors count bytes.
α = f(x for x in y, 1)
