# An uncaught exception with several args prints the args tuple.
raise ValueError('a', 1, [2])
