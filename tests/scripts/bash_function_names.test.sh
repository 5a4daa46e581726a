# bash's dialect: function names may be any unquoted word without an
# expansion, as bash-completion writes them. bash is the oracle; in strict
# POSIX mode a name is letters, digits and _ (posix_mode.test.sh).

#### a function name with - and . can be defined and called
_systemd-delta() { echo "delta $1"; }
mkfs.minix() { echo minix; }
_systemd-delta x; mkfs.minix
## STDOUT:
delta x
minix
## END

#### a quoted name or one with an expansion is still refused
"a-b"() { :; }
## status: 2
## stderr-match: bad function name
## bash: skip bash refuses it only when it runs the line (status 1); forksh, as dash, when it reads it
