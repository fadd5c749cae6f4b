# bash completion for authdesk-cli. Source it from ~/.bashrc, or install it as
# /usr/share/bash-completion/completions/authdesk-cli.
#
# The candidates come from the program itself (`authdesk-cli __complete WORD...`: the words
# typed so far, the last one under the cursor), so they follow its commands, options, profiles
# and server types without this script knowing any of them.

_authdesk_cli()
{
    local cli=${COMP_WORDS[0]/#\~/$HOME} current=${COMP_WORDS[COMP_CWORD]} prefix="" word line
    # --option=value arrives split at '=' (COMP_WORDBREAKS): the program is given
    # "--option value" instead, and a candidate for a bare '=' keeps it.
    if [[ $current == "=" ]]; then
        current="" prefix="="
    fi
    local -a typed=()
    for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
        [[ $word == "=" ]] || typed+=("$word")
    done
    COMPREPLY=()
    while IFS= read -r line; do
        line=${line%%$'\t'*}
        [[ -n $line ]] && COMPREPLY+=("$prefix$(printf '%q' "$line")")
    done < <("$cli" __complete "${typed[@]}" "$current" 2>/dev/null)
}

complete -F _authdesk_cli authdesk-cli
