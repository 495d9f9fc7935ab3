# Shared by the benchmark scripts (sourced): the generated parcels and one timed run.
# Expects build_dir, count and out to be set.

data_dir="$build_dir/bench-data"
parcels="$data_dir/parcels-$count.gpkg"
mkdir -p "$data_dir"
if [ ! -f "$parcels" ]; then
  echo "generating $count parcels (once; kept in $data_dir)..."
  "$build_dir/tools/datagen/pearlzone-datagen" parcels "$parcels" --count "$count" --plain --seed 7 2>/dev/null
fi

# measure NAME COMMAND...: one run; wall seconds, peak resident memory (KB) and CPU seconds
# (user + system) in wall[NAME], memory[NAME] and cpu[NAME].
declare -A wall memory cpu
measure() {
  local name=$1 user system
  shift
  /usr/bin/time -f "%e %M %U %S" -o "$out/time" "$@" > "$out/$name.log" 2>&1
  read -r wall[$name] memory[$name] user system < "$out/time"
  cpu[$name]=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
}
