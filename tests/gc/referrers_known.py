# get_referrers finds the tracked containers that refer to an object.
import gc
gc.disable()
gc.collect()
target = ['target']
holder1 = [target]
holder2 = {'t': target}
holder3 = (target, 1)
unrelated = [['target']]
refs = gc.get_referrers(target)
print(any(r is holder1 for r in refs))
print(any(r is holder2 for r in refs))
print(any(r is holder3 for r in refs))
print(any(r is unrelated for r in refs))
print(sum(1 for r in refs if r is holder1 or r is holder2 or r is holder3))
a = [1]
b = [2]
both = gc.get_referrers(a, b)
pair = [a, b]
print(any(r is pair for r in gc.get_referrers(a, b)))
print(gc.get_referrers([]))
