# break inside try runs finally before leaving the loop.
for i in range(5):
    try:
        print('try', i)
        if i == 2:
            print('breaking')
            break
    finally:
        print('finally', i)
print('after loop')
for i in range(3):
    try:
        try:
            if i == 1:
                break
        finally:
            print('inner finally', i)
    finally:
        print('outer finally', i)
print('done')
