# Subscripts: `~` under the value, `^` from the bracket to the bracket.
config = {"db": {"port": 5432}}
print(config["db"]["port"])
print(config["db"][  "host" ])
