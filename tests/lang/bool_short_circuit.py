# and/or/not evaluate left to right and stop as soon as the result is known.
log = []
def t(name, value):
    log.append(name)
    return value
print(t('a', 0) and t('b', 1), log)
log.clear()
print(t('a', 1) and t('b', 0) and t('c', 1), log)
log.clear()
print(t('a', '') or t('b', []) or t('c', 'found') or t('d', 1), log)
log.clear()
print(not t('a', 0) or t('b', 1), log)
log.clear()
print((t('a', 1) or t('b', 1)) and (t('c', 0) or t('d', 2)), log)
print(not 1, not 0, not not [], not None == 0, (not None) == 0)
print(1 and 2 or 3, 0 and 2 or 3, 0 or 0 and 1, None or False, False or None)
