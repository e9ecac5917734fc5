# Uncaught TypeError from 'a' + 1.
s = 'a'
print(s + 1)
