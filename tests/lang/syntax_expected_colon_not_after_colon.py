# A header that already has its colon reports a bad expression, not a missing ':'.
def f(): return 1 +
