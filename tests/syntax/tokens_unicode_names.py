# adder-only: --tokens output of the lexer, checked by hand
# args: --tokens
café = 1
π = 3.14159
名前 = "name"
Ünïcödé_vär = café + π
def größe(λ, Ω=2):
    return λ * Ω
_ñ = größe(café)
x_é1 = 名前
