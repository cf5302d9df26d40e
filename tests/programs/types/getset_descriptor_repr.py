print(int.real, type.__dict__["__name__"], str.__dict__.get("x"))
