# Raising SystemExit directly ends the program with its code; finally blocks run.
try:
    raise SystemExit(5)
finally:
    print('finally runs')
