# Uncaught exception raised during handling: traceback shows both.
def parse(s):
    try:
        return int(s)
    except ValueError:
        return {}[s]
print('start')
parse('abc')
