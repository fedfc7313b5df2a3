# bash completion for sore(1), the soreness journal.        -*- shell-script -*-
#
# Standalone: it uses only bash's own compgen, compopt and COMPREPLY, so it
# works with or without the bash-completion package. Install it as
# /usr/share/bash-completion/completions/sore, or source it from ~/.bashrc.
#
# Global options go before the command; everything after the command word
# belongs to the command. Both "--opt value" and "--opt=value" are completed.

_sore_commands='log add list show edit rm week causes sites recovery brief report export import check backup undo redo history due remind help'
_sore_global_options='--db --config --no-color --help --version'
_sore_sites='glute-max glute-med glute-min piriformis si-joint hamstring-origin hip-flexors tfl lower-back'

# The options of COMMAND (log and add are the same command).
_sore_options_of() {
    local log_options='--soreness --time --during --sitting --pressure --technique
        --knots --injury --emotional --side --note --tag --site'
    case $1 in
        log | add) printf '%s\n' "--date $log_options --help" ;;
        list) printf '%s\n' '--from --to --last --tag --site --format --wide --help' ;;
        show) printf '%s\n' '--format --help' ;;
        edit) printf '%s\n' "--date $log_options --untag --unsite --clear --help" ;;
        rm) printf '%s\n' '--yes --help' ;;
        week) printf '%s\n' '--weeks --from --to --format --ascii --wide --help' ;;
        causes | recovery) printf '%s\n' '--from --to --format --help' ;;
        sites) printf '%s\n' '--from --to --format --wide --help' ;;
        brief) printf '%s\n' '--format --help' ;;
        report) printf '%s\n' '--from --to --name --output --force --help' ;;
        export) printf '%s\n' '--from --to --format --output --force --help' ;;
        import) printf '%s\n' '--dry-run --replace --help' ;;
        check) printf '%s\n' '--help' ;;
        backup) printf '%s\n' '--force --help' ;;
        undo) printf '%s\n' '--dry-run --yes --help' ;;
        redo) printf '%s\n' '--dry-run --help' ;;
        history) printf '%s\n' '--last --format --help' ;;
        due) printf '%s\n' '--quiet --help' ;;
        remind) printf '%s\n' '--at --format --help' ;;
    esac
}

# Whether option $2 of command $1 (empty before the command) takes a value,
# so that the word after it is that value.
_sore_takes_value() {
    case $1:$2 in
        :--db | :--config) return 0 ;;
        log:--* | add:--* | edit:--*)
            case $2 in
                --soreness | --time | --during | --sitting | --pressure | --technique | \
                    --knots | --side | --note | --tag | --site) return 0 ;;
                --date) return 0 ;;
                --untag | --unsite | --clear) [[ $1 == edit ]] ;;
                *) return 1 ;;
            esac
            ;;
        list:--from | list:--to | list:--last | list:--tag | list:--site | list:--format) return 0 ;;
        week:--weeks | week:--from | week:--to | week:--format) return 0 ;;
        causes:--from | causes:--to | causes:--format) return 0 ;;
        sites:--from | sites:--to | sites:--format) return 0 ;;
        recovery:--from | recovery:--to | recovery:--format) return 0 ;;
        brief:--format) return 0 ;;
        report:--from | report:--to | report:--name | report:--output | report:-o) return 0 ;;
        export:--from | export:--to | export:--format | export:--output | export:-o) return 0 ;;
        show:--format) return 0 ;;
        history:--last | history:--format) return 0 ;;
        remind:--at | remind:--format) return 0 ;;
        *) return 1 ;;
    esac
}

# How many arguments that are not options come between words $2 and $3
# (exclusive) of _sore_words, for command $1.
_sore_count_arguments() {
    local command=$1 i count=0 word
    for ((i = $2 + 1; i < $3; i++)); do
        word=${_sore_words[i]}
        case $word in
            --*=*) ;;
            -[0-9]*) ((count++)) ;; # a date word such as -3d
            -?*) _sore_takes_value "$command" "$word" && ((i++)) ;;
            *) ((count++)) ;;
        esac
    done
    echo "$count"
}

# Sets _sore_words and _sore_cword from COMP_WORDS, glued back together where
# readline split a word at '=' or ':' (--format=json, 7:30), and cut at the
# cursor.
_sore_reassemble() {
    local line word i glued n=-1
    _sore_words=()
    _sore_cword=0
    if [[ -z ${COMP_LINE-} ]]; then
        _sore_words=("${COMP_WORDS[@]}")
        _sore_cword=$COMP_CWORD
        return
    fi
    line=${COMP_LINE:0:COMP_POINT}
    for ((i = 0; i <= COMP_CWORD && i < ${#COMP_WORDS[@]}; i++)); do
        word=${COMP_WORDS[i]}
        glued=1
        if [[ $line =~ ^[[:space:]]+ ]]; then
            line=${line:${#BASH_REMATCH[0]}}
            glued=0
        fi
        ((i == 0)) && glued=0
        word=${word:0:${#line}}
        if [[ $line != "$word"* ]]; then
            # The line and the words disagree: trust the words as they are.
            _sore_words=("${COMP_WORDS[@]}")
            _sore_cword=$COMP_CWORD
            return
        fi
        line=${line:${#word}}
        if ((glued && n >= 0)); then
            _sore_words[n]+=$word
        else
            _sore_words[++n]=$word
        fi
    done
    ((n < 0)) && n=0
    _sore_cword=$n
}

# COMPREPLY := the words of $1 that start with $2, each with prefix $3.
_sore_reply_words() {
    local word
    COMPREPLY=()
    while IFS= read -r word; do
        [[ -n $word ]] && COMPREPLY+=("$3$word")
    done < <(compgen -W "$1" -- "$2")
}

# COMPREPLY := file names that start with $1, each with prefix $2.
_sore_reply_files() {
    local file
    COMPREPLY=()
    compopt -o filenames 2>/dev/null
    while IFS= read -r file; do
        COMPREPLY+=("$2$file")
    done < <(compgen -f -- "$1")
}

# COMPREPLY := the body sites, written NAME[:SIDE], that start with $1, each
# with prefix $2. With $3 = level (log's and edit's --site) the value is
# NAME[:SIDE]=N, and after its '=' the soreness is completed. A NAME typed
# in full is offered with its sides as well; after NAME: come the sides.
_sore_reply_sites() {
    local cur=$1 prefix=$2 level=$3 site n candidates='' typed breaks='' word='' reply
    local -a replies=()
    if [[ $cur == *=* ]]; then
        [[ $level == level ]] || return 0
        for n in 0 1 2 3 4 5 6 7 8 9 10; do
            candidates+="${cur%%=*}=$n "
        done
    elif [[ $cur == *:* ]]; then
        for site in $_sore_sites; do
            [[ $site == "${cur%%:*}" ]] && candidates="$site:left $site:right $site:both"
        done
    else
        candidates=$_sore_sites
        for site in $_sore_sites; do
            [[ $site == "$cur" ]] && candidates+=" $site:left $site:right $site:both"
        done
    fi
    _sore_reply_words "$candidates" "$cur" "$prefix"

    # Readline replaces only what follows the word's last ':' or '=' when
    # they are word breaks (COMP_WORDBREAKS), so that much comes off each
    # reply, as with bash-completion's __ltrim_colon_completions.
    [[ $COMP_WORDBREAKS == *:* ]] && breaks+=':'
    [[ $COMP_WORDBREAKS == *=* ]] && breaks+='='
    typed=$prefix$cur
    if [[ -n $breaks && $typed == *["$breaks"]* ]]; then
        word=${typed%"${typed##*["$breaks"]}"}
        for reply in "${COMPREPLY[@]}"; do
            replies+=("${reply#"$word"}")
        done
        COMPREPLY=("${replies[@]}")
    fi

    # A site of log or edit still needs its '=N' (and may get a side): no
    # space after it.
    if [[ $level == level && $cur != *=* ]]; then
        compopt -o nospace 2>/dev/null
    fi
    return 0
}

# Completes the value $2 of option $1 for command $3 (empty before the
# command), each reply with prefix $4. Returns 1 when $1 takes no value.
_sore_complete_value() {
    local option=$1 cur=$2 command=$3 prefix=$4
    local dates='today yesterday monday tuesday wednesday thursday friday saturday sunday'
    _sore_takes_value "$command" "$option" || return 1
    COMPREPLY=()
    case $option in
        --db | --config | --output | -o) _sore_reply_files "$cur" "$prefix" ;;
        --pressure) _sore_reply_words 'light medium firm deep' "$cur" "$prefix" ;;
        --technique)
            _sore_reply_words 'swedish deep-tissue trigger-point sports myofascial self other none' \
                "$cur" "$prefix"
            ;;
        --side) _sore_reply_words 'left right both' "$cur" "$prefix" ;;
        --soreness | --during) _sore_reply_words '0 1 2 3 4 5 6 7 8 9 10' "$cur" "$prefix" ;;
        --clear)
            _sore_reply_words 'time during sitting pressure technique knots injury emotional side note tags sites' \
                "$cur" "$prefix"
            ;;
        --site)
            if [[ $command == list ]]; then
                _sore_reply_sites "$cur" "$prefix" ''
            else
                _sore_reply_sites "$cur" "$prefix" level
            fi
            ;;
        --unsite) _sore_reply_sites "$cur" "$prefix" '' ;;
        --date | --from | --to) _sore_reply_words "$dates" "$cur" "$prefix" ;;
        --format)
            case $command in
                list) _sore_reply_words 'table csv json' "$cur" "$prefix" ;;
                show | causes | sites | recovery | brief | history | remind) _sore_reply_words 'text json' "$cur" "$prefix" ;;
                week) _sore_reply_words 'text json csv' "$cur" "$prefix" ;;
                export) _sore_reply_words 'csv json fhir' "$cur" "$prefix" ;;
            esac
            ;;
    esac
    # Other values (numbers, times such as remind's --at, notes, tags) have
    # nothing to offer.
    return 0
}

_sore() {
    local cur prev command='' command_at=0 i word option prefix=''
    local -a _sore_words
    local _sore_cword
    COMPREPLY=()
    _sore_reassemble
    cur=${_sore_words[_sore_cword]-}
    prev=''
    ((_sore_cword > 0)) && prev=${_sore_words[_sore_cword - 1]}

    # The command is the first word after the global options.
    for ((i = 1; i < _sore_cword; i++)); do
        word=${_sore_words[i]}
        case $word in
            --db | --config) ((i++)) ;;
            -*) ;;
            *)
                command=$word
                command_at=$i
                break
                ;;
        esac
    done

    # --opt=value: complete the value; readline replaces only what follows
    # '=' when '=' is a word break, so the replies carry no prefix then.
    if [[ $cur == --*=* ]]; then
        option=${cur%%=*}
        cur=${cur#*=}
        [[ $COMP_WORDBREAKS == *=* ]] || prefix="$option="
        _sore_complete_value "$option" "$cur" "$command" "$prefix"
        return 0
    fi

    # The value of the option before the cursor.
    if [[ $prev == -* ]] && _sore_complete_value "$prev" "$cur" "$command" ''; then
        return 0
    fi

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            _sore_reply_words "$_sore_global_options" "$cur" ''
        else
            _sore_reply_words "$_sore_commands" "$cur" ''
        fi
        return 0
    fi

    if [[ $cur == -* ]]; then
        _sore_reply_words "$(_sore_options_of "$command")" "$cur" ''
        return 0
    fi

    # Arguments that are not options: help's COMMAND, backup's and import's
    # FILE, log's DATE, remind's action
    # (edit's, show's and history's first argument is an id, rm's are ids).
    case $command in
        help | backup | import | log | add | remind)
            (($(_sore_count_arguments "$command" "$command_at" "$_sore_cword") == 0)) || return 0
            ;;
    esac
    case $command in
        help) _sore_reply_words "$_sore_commands" "$cur" '' ;;
        backup | import) _sore_reply_files "$cur" '' ;;
        remind) _sore_reply_words 'on off status now' "$cur" '' ;;
        log | add)
            _sore_reply_words 'today yesterday monday tuesday wednesday thursday friday saturday sunday' \
                "$cur" ''
            ;;
    esac
    return 0
}

complete -F _sore sore
