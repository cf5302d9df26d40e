__all__ = ["public", "_also_private_but_listed"]
public = 1
_also_private_but_listed = 2
not_listed = 3
