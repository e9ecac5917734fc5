# A bad escape is reported at the token after the run of strings it is in.
x = "a" "\xZZ" "b" + "c"
