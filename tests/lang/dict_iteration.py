# Iterating over a dict yields keys in insertion order.
d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
print([k for k in d], list(d), tuple(d), len(d))
it = iter(d)
print(next(it), next(it), next(it), next(it, 'done'))
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(dict(sorted(d.items(), key=lambda kv: kv[1], reverse=True)))
