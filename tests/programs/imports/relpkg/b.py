B_NAME = "b"
