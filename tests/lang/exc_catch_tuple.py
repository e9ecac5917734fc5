# except with a tuple of types, several except clauses and first-match order.
def run(fn):
    try:
        fn()
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__)
    except ZeroDivisionError:
        print('zero')
    except Exception as e:
        print('other', type(e).__name__)
    else:
        print('no error')
run(lambda: {}[0])
run(lambda: [][0])
run(lambda: 1 // 0)
run(lambda: int('z'))
run(lambda: 0)
try:
    {}['x']
except LookupError:
    print('base first')
except KeyError:
    print('never reached')
errs = (ValueError, TypeError)
try:
    len(5)
except errs as e:
    print('from variable tuple:', e)
