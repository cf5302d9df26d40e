# Markers inside exception group tracebacks keep the `|` margin.
def fail(data):
    return data["key"] + 1


def run():
    errors = []
    for data in [{}, {"key": None}]:
        try:
            fail(data)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("several", errors)


run()
