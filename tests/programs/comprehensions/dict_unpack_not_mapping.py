print({**[1]})
