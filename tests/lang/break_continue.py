# break and continue in nested loops affect only the innermost loop.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
out = []
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    out.append(i)
print(out)
for c in 'abcdef':
    if c == 'd':
        break
    print(c, end='')
print()
