# Tabs count as one column, in the indentation and inside the line.
def f(values):
	x = 1;	y = values["missing"]
	return y


f({})
