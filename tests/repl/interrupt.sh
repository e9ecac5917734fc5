# Ctrl-C: while code runs it raises KeyboardInterrupt there (here in `while True: pass`),
# printed with its traceback, and the next input works; at the prompt, ">>> " or "... ",
# it drops the line and prints KeyboardInterrupt.
tests/repl/drive $ADDER -q <<'EOF'
count = 0
if True:
    print("spinning")
    while True: pass

@wait spinning
@send <C-c>
1 + 1
def spin():
    global count
    print("spin")
    while True:
        count += 1

spin()
@wait spin
@send <C-c>
count > 0
@keys half a line<C-c>
if True:
@keys <C-c>
print("after")
@keys <C-d>
EOF
