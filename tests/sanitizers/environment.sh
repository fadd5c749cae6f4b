# Sourced by scripts/sanitize and scripts/fuzz (with $root set): a scratch home, removed on
# exit, and the sanitizers' options: stop at the first error, report leaks except the system
# libraries' one-time allocations listed in lsan.supp.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/authdesk-sanitize.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
# Clang's runtime names functions through llvm-symbolizer (of the newest LLVM installed, which
# scripts/sanitize-build installs with its Clang); GCC's runtime does without.
for symbolizer in $(ls -d /usr/lib/llvm-*/bin/llvm-symbolizer 2>/dev/null | sort -V -r); do
  export ASAN_SYMBOLIZER_PATH=$symbolizer
  break
done
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
