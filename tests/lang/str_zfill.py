# str.zfill pads with zeros after any sign.
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '42'.zfill(1), ''.zfill(3), 'abc'.zfill(6))
print('-'.zfill(3), '--1'.zfill(5), '3.14'.zfill(7), '-3.14'.zfill(7), 'é'.zfill(3))
