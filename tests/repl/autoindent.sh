# adder-only: auto-indent. A continuation line starts with the indentation its block
# needs: one level deeper after a ':', one shallower after return, pass, break, continue
# and raise. Backspace in the indentation removes one level; Enter on the offered
# indentation alone is an empty line and ends the statement; so does Ctrl-D there.
# (Lines typed with @type get no help from the driver: what shows is what adder offered.)
tests/repl/drive $ADDER -q <<'EOF'
@type def classify(n):
@type if n < 0:
@type return "negative"
@type if n == 0:
@type return "zero"
@type return "positive"
@type 
classify(-3), classify(0), classify(8)
@type for i in range(4):
@type if i == 1:
@type continue
@type print(i)
@type 
@type if True:
@type if True:
@type a = 1
@keys <BS>
@type b = 2
@type 
a, b
@type while True:
@type c = 3
@type break
@keys <C-d>
c
@type s = """no indent
@type inside a string"""
@type t = [1,
@type 2]
s, t
@keys <C-d>
EOF
