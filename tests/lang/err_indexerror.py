# Uncaught IndexError from indexing an empty list.
items = []
print(items[0])
