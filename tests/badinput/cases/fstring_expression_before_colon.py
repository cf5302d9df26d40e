print(f"{:>3}")
