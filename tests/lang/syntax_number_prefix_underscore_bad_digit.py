# After a prefix and an underscore, a decimal digit is an invalid digit of that base.
x = 0o_9
