class Thing:
    pass

Thing().missing
