print("raises: running")
LOADED = True
raise ValueError("boom at import")
