# Order of events through nested try/except/finally blocks.
def log(msg):
    print(msg)
def f(fail):
    try:
        log('outer try')
        try:
            log('inner try')
            if fail:
                raise ValueError('boom')
            log('inner after')
        except KeyError:
            log('never')
        finally:
            log('inner finally')
        log('outer after')
    except ValueError as e:
        log('outer except ' + str(e))
    else:
        log('outer else')
    finally:
        log('outer finally')
    log('end')
f(False)
print('--')
f(True)
