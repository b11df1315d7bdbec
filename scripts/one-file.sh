# Sourced by the build scripts. one_file DIR GLOB prints the one file of DIR matching GLOB
# (trunk's content-hashed names), or fails saying what it found.
one_file() {
  local matches=("$1"/$2)
  [ ${#matches[@]} -eq 1 ] && [ -e "${matches[0]}" ] || {
    echo "$(basename "$0"): expected exactly one $2 in $1, found: ${matches[*]}" >&2
    exit 1
  }
  echo "${matches[0]}"
}
