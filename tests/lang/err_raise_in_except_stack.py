# Exception raised in a function called from an except block: context chain across calls.
def cleanup():
    raise RuntimeError('cleanup failed')
def work():
    try:
        [].pop()
    except IndexError:
        cleanup()
work()
