# Uncaught TypeError from len(5).
n = 5
print(len(n))
