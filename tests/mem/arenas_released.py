# adder-only: a million ints fill arenas; when they die, emptied arenas go back to the system (output checked by hand).
import sys
info = sys.heapinfo()
pooled = info["mode"] != "malloc"
start = info["arenas"]
reclaimed = info["arenas_reclaimed"]
big = list(range(1000000))
peak = sys.heapinfo()["arenas"]
# 999,744 ints of 32-byte blocks need at least 122 arenas of 256 KiB.
print("arenas rose:", peak >= start + 122 if pooled else peak == 0)
del big
after = sys.heapinfo()
print("arenas fell:", after["arenas"] < peak - 100 if pooled else after["arenas"] == 0)
print("arenas reclaimed:", after["arenas_reclaimed"] > reclaimed if pooled else True)
print("mapped bytes follow arenas:", after["bytes_mapped"] == after["arenas"] * 262144)
