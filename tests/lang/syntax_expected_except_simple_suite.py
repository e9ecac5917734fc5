# A one-line try block with no handler.
try: pass
x = 1
