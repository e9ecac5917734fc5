# Deeply nested mixed containers: repr, equality, indexing and mutation.
data = {'users': [{'name': 'ann', 'tags': ('a', 'b'), 'score': 1.5},
                  {'name': 'bob', 'tags': (), 'score': None}],
        'meta': {'count': 2, 'ids': {1, 2}, 'empty': {}}}
print(data)
print(data['users'][0]['tags'][1], data['meta']['ids'], len(data['users']))
data['users'][1]['tags'] += ('c',)
data['meta']['count'] += 1
print(data['users'][1], data['meta']['count'])
copy = {'users': [dict(u) for u in data['users']], 'meta': data['meta']}
print(copy == data, copy['users'] is data['users'], copy['meta'] is data['meta'])
print([[[]]], [(), [()], {(): ()}], ({'a': [1, (2, [3])]},))
print(sorted([[3, [1]], [1, [9]], [1, [2]]]))
