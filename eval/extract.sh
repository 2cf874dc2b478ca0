#!/usr/bin/env bash
# Extract each manifest row's pinned tree into eval/sources/<owner>+<name>/.
#
# Usage: eval/extract.sh [--clone] [owner/name ...]
#   With repo names, only those rows are extracted.
#   --clone: if a mirror is absent, try a network clone of https://github.com/<owner>/<name>
#            (only where network access is allowed).
#
# Mirrors are the snapshots brought by the workplace's fetch tool, under
# /work/.mirror/<owner>+<name>/repo (a bare git dir) or /work/.mirror/<owner>+<name>/repo/.git.
# Set MIRROR_ROOT to look elsewhere. Re-running replaces each extracted folder.
set -euo pipefail

eval_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
manifest="$eval_dir/manifest.tsv"
sources_dir="$eval_dir/sources"
clone_cache="$eval_dir/sources/.clones"
mirror_root="${MIRROR_ROOT:-/work/.mirror}"

allow_clone=0
only=()
for arg in "$@"; do
    case "$arg" in
        --clone) allow_clone=1 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) only+=("$arg") ;;
    esac
done

wanted() {
    local repo="$1"
    [ "${#only[@]}" -eq 0 ] && return 0
    local o
    for o in "${only[@]}"; do [ "$o" = "$repo" ] && return 0; done
    return 1
}

# Prints the git dir of the local mirror for owner+name, or nothing.
find_mirror() {
    local base="$mirror_root/$1/repo"
    if [ -d "$base/.git" ]; then
        echo "$base/.git"
    elif [ -f "$base/HEAD" ] && [ -d "$base/objects" ]; then
        echo "$base"
    fi
}

# Clones owner/name into the clone cache and prints its git dir (network needed).
clone_repo() {
    local repo="$1" commit="$2" dir="$clone_cache/${1/\//+}.git"
    if [ ! -d "$dir" ]; then
        mkdir -p "$clone_cache"
        git clone --quiet --bare "https://github.com/$repo.git" "$dir" >&2 || return 1
    fi
    if ! git --git-dir="$dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
        git --git-dir="$dir" fetch --quiet origin "$commit" >&2 || return 1
    fi
    echo "$dir"
}

# Pathspecs excluding blobs the snapshot lacks (fetch leaves out files of 4 MiB and more).
missing_blob_excludes() {
    local git_dir="$1" commit="$2"
    git --git-dir="$git_dir" ls-tree -r -z "$commit" \
        | while IFS= read -r -d '' entry; do
            local meta="${entry%%$'\t'*}" path="${entry#*$'\t'}"
            local type="${meta#* }"; type="${type%% *}"
            local object="${meta##* }"
            [ "$type" = "blob" ] || continue
            git --git-dir="$git_dir" cat-file -e "$object" 2>/dev/null || printf '%s\n' ":(exclude,literal)$path"
        done
}

extracted=0
failed=0
while IFS=$'\t' read -r repo commit lineage stack kind include exclude description; do
    [ "$repo" = "repo" ] && continue
    [ -z "$repo" ] && continue
    wanted "$repo" || continue

    key="${repo/\//+}"
    target="$sources_dir/$key"
    git_dir="$(find_mirror "$key")"

    if [ -z "$git_dir" ]; then
        if [ "$allow_clone" -eq 1 ]; then
            echo "[$repo] no local mirror; cloning https://github.com/$repo"
            if ! git_dir="$(clone_repo "$repo" "$commit")"; then
                echo "[$repo] ERROR: clone failed" >&2
                failed=$((failed + 1)); continue
            fi
        else
            echo "[$repo] MISSING: no mirror at $mirror_root/$key/repo." >&2
            echo "    Fetch it with the workplace's fetch tool: fetch github:$repo" >&2
            echo "    (or, where network allows, rerun with --clone to clone https://github.com/$repo and use commit $commit)" >&2
            failed=$((failed + 1)); continue
        fi
    fi

    if ! git --git-dir="$git_dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
        echo "[$repo] ERROR: commit $commit not in $git_dir (HEAD is $(git --git-dir="$git_dir" rev-parse HEAD 2>/dev/null || echo '?'))" >&2
        failed=$((failed + 1)); continue
    fi

    mapfile -t skip < <(missing_blob_excludes "$git_dir" "$commit")
    rm -rf "$target"
    mkdir -p "$target"
    # git archive still reports the skipped (absent) blobs as "invalid object"; those lines are dropped.
    if ! git --git-dir="$git_dir" archive --format=tar "$commit" -- . "${skip[@]}" \
            2> >(grep -v '^error: invalid object' >&2) | tar -x -C "$target"; then
        echo "[$repo] ERROR: git archive failed" >&2
        rm -rf "$target"
        failed=$((failed + 1)); continue
    fi
    files="$(find "$target" -type f | wc -l)"
    note=""
    [ "${#skip[@]}" -gt 0 ] && note=" (${#skip[@]} file(s) absent from the snapshot were skipped)"
    echo "[$repo] $commit -> sources/$key: $files files$note"
    extracted=$((extracted + 1))
done < "$manifest"

echo "extracted: $extracted, failed or missing: $failed"
[ "$failed" -eq 0 ]
