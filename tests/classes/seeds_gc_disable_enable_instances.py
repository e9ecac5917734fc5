# SEEDS demonstration: with the collector disabled, cycles of instances pile up past
# the threshold; gc.collect() still frees them, and gc.enable() restores automatic runs.
import gc
freed = [0]

class Cell:
    def __init__(self):
        self.me = self
    def __del__(self):
        freed[0] += 1

gc.collect()
gc.disable()
for i in range(1500):
    Cell()
count = gc.get_count()
print('generation 0 past the threshold:', count[0] > 700, 'generation 1 untouched:', count[1] == 0)
print('freed while disabled:', freed[0])
print('collect ->', gc.collect(), 'freed:', freed[0])
print('count after collect:', gc.get_count()[0] < 5)
gc.enable()
freed[0] = 0
for i in range(1500):
    Cell()
print('automatic collections freed some:', freed[0] > 0, 'but not all:', freed[0] < 1500)
gc.collect()
print('all freed after collect:', freed[0])
