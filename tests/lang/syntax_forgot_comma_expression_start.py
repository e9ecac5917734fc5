# The missing-comma error starts where the expression before the gap starts.
x = [1, y + 2 3, 4]
