# Uncaught UnboundLocalError: a local read before assignment.
count = 0
def bump():
    count += 1
    return count
bump()
