# Exceptions raised in else or finally are not handled by the same try's except clauses.
def f():
    try:
        x = 1
    except ValueError:
        print('not reached')
    else:
        raise ValueError('from else')
try:
    f()
except ValueError as e:
    print('outer caught', e)
def g():
    try:
        raise KeyError('k')
    except KeyError:
        raise IndexError('from handler')
    except IndexError:
        print('sibling handler does not run')
try:
    g()
except IndexError as e:
    print('outer caught', e, repr(e.__context__))
for i in range(3):
    try:
        if i == 1:
            raise RuntimeError(i)
    except RuntimeError as e:
        print('loop caught', e)
        continue
    else:
        print('loop else', i)
    finally:
        print('loop finally', i)
