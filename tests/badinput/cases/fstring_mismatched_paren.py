print(f"{(]}")
