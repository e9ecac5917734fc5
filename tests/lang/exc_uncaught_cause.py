# Uncaught exception raised from another: "direct cause" traceback.
def load(key):
    try:
        return {'a': 1}[key]
    except KeyError as e:
        raise LookupError('no such setting: ' + key) from e
print(load('a'))
load('b')
