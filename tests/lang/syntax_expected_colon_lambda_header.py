# A lambda's colon in a block header does not count as the header's colon.
if lambda: 1
    pass
