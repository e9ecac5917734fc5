# An exception raised while handling another records it as __context__.
try:
    try:
        [][0]
    except IndexError:
        {}['missing']
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError('a')
    finally:
        raise TypeError('b')
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    raise ValueError('no context')
except ValueError as e:
    print(e.__context__, e.__cause__)
def nested():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise IndexError(2)
        except IndexError:
            raise ValueError(3)
try:
    nested()
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
