# continue inside try runs finally before the next iteration.
for i in range(4):
    try:
        if i % 2 == 0:
            print('continue', i)
            continue
        print('body', i)
    finally:
        print('finally', i)
i = 0
while i < 3:
    i += 1
    try:
        continue
    finally:
        print('while finally', i)
print('end')
