# adder-only: the figures sys.heapinfo() gives, and how they add up (output checked by hand).
import sys
info = sys.heapinfo()
print(sorted(info))
print(info["mode"] in ("pool", "malloc", "debug"))
classes = info["size_classes"]
print(all(c["size"] % 16 == 0 and 16 <= c["size"] <= 512 for c in classes))
print(all(sorted(c) == ["blocks", "free", "pools", "size"] for c in classes))
pooled = info["mode"] != "malloc"
small = sum(c["blocks"] for c in classes)
print("small + large = all:", small + info["large_blocks"] == info["blocks"] if pooled else True)
n = sys.getallocatedblocks()
# heapinfo() measures before it builds its dict: only the int `n` came in between.
print("blocks = getallocatedblocks:", 0 <= sys.heapinfo()["blocks"] - n <= 2)
print("a pool holds 4 KiB of blocks:",
      all(c["blocks"] + c["free"] <= c["pools"] * 4096 // c["size"] for c in classes))
print(sys._debugmallocstats())
