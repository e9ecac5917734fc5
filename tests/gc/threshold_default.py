# The default thresholds, and automatic collection enabled at start.
import gc
print(gc.get_threshold())
print(gc.isenabled())
print(gc.get_debug())
