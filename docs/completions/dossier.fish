function __dossier_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __dossier_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __dossier_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __dossier_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __dossier_parse_tokens -S
    set -l unparsed_tokens (__dossier_tokens -pc)
    switch $unparsed_tokens[1]
    case 'dossier'
        __dossier_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'explore'
            __dossier_parse_subcommand -r 1 'ext=' 'max-file-size=' 'no-cache' 'cache-dir=' 'version' 'h/help'
        case 'articles'
            __dossier_parse_subcommand -r 1 'ext=' 'max-file-size=' 'no-cache' 'cache-dir=' 'json' 'version' 'h/help'
        case 'actors'
            __dossier_parse_subcommand -r 1 'ext=' 'max-file-size=' 'no-cache' 'cache-dir=' 'kind=' 'json' 'version' 'h/help'
        case 'actor'
            __dossier_parse_subcommand -r 2 'ext=' 'max-file-size=' 'no-cache' 'cache-dir=' 'sentences=' 'json' 'version' 'h/help'
        case 'timeline'
            __dossier_parse_subcommand -r 1 'ext=' 'max-file-size=' 'no-cache' 'cache-dir=' 'actor=' 'json' 'version' 'h/help'
        case 'relations'
            __dossier_parse_subcommand 2 'type=' 'limit=' 'corpus=+' 'ext=' 'max-file-size=' 'no-cache' 'cache-dir=' 'json' 'version' 'h/help'
        case 'related'
            __dossier_parse_subcommand 1 'corpus=+' 'ext=' 'max-file-size=' 'no-cache' 'cache-dir=' 'json' 'version' 'h/help'
        case 'search'
            __dossier_parse_subcommand -r 1 'limit=' 'corpus=+' 'ext=' 'max-file-size=' 'no-cache' 'cache-dir=' 'json' 'version' 'h/help'
        case 'export'
            __dossier_parse_subcommand 0 'format=' 'o/output=' 'min-weight=' 'corpus=+' 'ext=' 'max-file-size=' 'no-cache' 'cache-dir=' 'version' 'h/help'
        case 'sentences'
            __dossier_parse_subcommand -r 1 'ext=' 'max-file-size=' 'no-cache' 'cache-dir=' 'json' 'version' 'h/help'
        case 'board'
            __dossier_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __dossier_parse_subcommand 0 'json' 'corpus=+' 'version' 'h/help'
            case 'show'
                __dossier_parse_subcommand 1 'json' 'corpus=+' 'version' 'h/help'
            case 'add'
                __dossier_parse_subcommand 3 'to=' 'corpus=+' 'version' 'h/help'
            case 'remove'
                __dossier_parse_subcommand 2 'corpus=+' 'version' 'h/help'
            case 'export'
                __dossier_parse_subcommand 1 'format=' 'o/output=' 'corpus=+' 'version' 'h/help'
            end
        case 'notes'
            __dossier_parse_subcommand 0 'json' 'corpus=+' 'version' 'h/help'
        case 'help'
            __dossier_parse_subcommand -r 1 'version'
        end
    end
end

function __dossier_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __dossier_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __dossier_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __dossier_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__dossier_tokens -p)
    if test -z "$(__dossier_tokens -t)"
        set -l index (count (__dossier_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'dossier' -f
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'explore' -d 'Open the explorer (the default): articles, actors, relations, readers, timeline and search.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'articles' -d 'List the articles with title, authors, year, words, sections and references.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'actors' -d 'List the actors (states, people, organisations, places, …) by mentions.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'actor' -d 'Show one actor: aliases, mentions per document and the first sentences that mention it.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'timeline' -d 'List dated sentences across the articles in time order.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'relations' -d 'List relations between actors with the sentences that prove them.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'related' -d 'Rank the other articles by shared actors, cited works and periods, and say why.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'search' -d 'Search the sentences of every article (BM25; "quoted phrases"; accents and case ignored).'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'export' -d 'Export the actor network as JSON, CSV, Graphviz DOT or GraphML (JSON also holds the whole model).'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'sentences' -d 'Print the body sentences of each article (file, number, byte range, text).'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'board' -d 'List, show, add to and export the evidence boards of a corpus.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'notes' -d 'List the notes on actors and articles (written in the explorer with e).'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier explore" -ge 1' -F
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier explore" ext' -l 'ext' -d 'File extensions read from folders, comma-separated.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier explore" max-file-size' -l 'max-file-size' -d 'Skip files larger than this many megabytes (default 16).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier explore" no-cache' -l 'no-cache' -d 'Analyse the corpus without reading or writing the cache.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier explore" cache-dir' -l 'cache-dir' -d 'Keep the cache in this folder (default: $XDG_CACHE_HOME/dossier).' -rfa '(__dossier_complete_directories)'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier explore" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier explore" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier articles" -ge 1' -F
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier articles" ext' -l 'ext' -d 'File extensions read from folders, comma-separated.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier articles" max-file-size' -l 'max-file-size' -d 'Skip files larger than this many megabytes (default 16).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier articles" no-cache' -l 'no-cache' -d 'Analyse the corpus without reading or writing the cache.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier articles" cache-dir' -l 'cache-dir' -d 'Keep the cache in this folder (default: $XDG_CACHE_HOME/dossier).' -rfa '(__dossier_complete_directories)'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier articles" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier articles" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier articles" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier actors" -ge 1' -F
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actors" ext' -l 'ext' -d 'File extensions read from folders, comma-separated.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actors" max-file-size' -l 'max-file-size' -d 'Skip files larger than this many megabytes (default 16).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actors" no-cache' -l 'no-cache' -d 'Analyse the corpus without reading or writing the cache.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actors" cache-dir' -l 'cache-dir' -d 'Keep the cache in this folder (default: $XDG_CACHE_HOME/dossier).' -rfa '(__dossier_complete_directories)'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actors" kind' -l 'kind' -d 'Only this kind: state, person, organization, place, agreement, project, event, group.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actors" json' -l 'json' -d 'Print JSON instead of a table.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actors" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actors" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier actor" -ge 1' -F
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actor" ext' -l 'ext' -d 'File extensions read from folders, comma-separated.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actor" max-file-size' -l 'max-file-size' -d 'Skip files larger than this many megabytes (default 16).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actor" no-cache' -l 'no-cache' -d 'Analyse the corpus without reading or writing the cache.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actor" cache-dir' -l 'cache-dir' -d 'Keep the cache in this folder (default: $XDG_CACHE_HOME/dossier).' -rfa '(__dossier_complete_directories)'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actor" sentences' -l 'sentences' -d 'How many sentences to show per document.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actor" json' -l 'json' -d 'Print JSON instead of text.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actor" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier actor" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier timeline" -ge 1' -F
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier timeline" ext' -l 'ext' -d 'File extensions read from folders, comma-separated.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier timeline" max-file-size' -l 'max-file-size' -d 'Skip files larger than this many megabytes (default 16).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier timeline" no-cache' -l 'no-cache' -d 'Analyse the corpus without reading or writing the cache.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier timeline" cache-dir' -l 'cache-dir' -d 'Keep the cache in this folder (default: $XDG_CACHE_HOME/dossier).' -rfa '(__dossier_complete_directories)'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier timeline" actor' -l 'actor' -d 'Only sentences that mention this actor.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier timeline" json' -l 'json' -d 'Print JSON instead of text.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier timeline" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier timeline" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier relations" type' -l 'type' -d 'Only relations with evidence of this type: alliance, conflict, agreement, diplomacy, trade, control, other.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier relations" limit' -l 'limit' -d 'At most this many relations (0: all).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier relations"' -l 'corpus' -d 'A folder or file to read; repeat for several (default: ./seeds, or the settings file\'s corpus).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier relations" ext' -l 'ext' -d 'File extensions read from folders, comma-separated.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier relations" max-file-size' -l 'max-file-size' -d 'Skip files larger than this many megabytes (default 16).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier relations" no-cache' -l 'no-cache' -d 'Analyse the corpus without reading or writing the cache.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier relations" cache-dir' -l 'cache-dir' -d 'Keep the cache in this folder (default: $XDG_CACHE_HOME/dossier).' -rfa '(__dossier_complete_directories)'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier relations" json' -l 'json' -d 'Print JSON instead of text.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier relations" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier relations" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier related"' -l 'corpus' -d 'A folder or file to read; repeat for several (default: ./seeds, or the settings file\'s corpus).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier related" ext' -l 'ext' -d 'File extensions read from folders, comma-separated.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier related" max-file-size' -l 'max-file-size' -d 'Skip files larger than this many megabytes (default 16).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier related" no-cache' -l 'no-cache' -d 'Analyse the corpus without reading or writing the cache.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier related" cache-dir' -l 'cache-dir' -d 'Keep the cache in this folder (default: $XDG_CACHE_HOME/dossier).' -rfa '(__dossier_complete_directories)'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier related" json' -l 'json' -d 'Print JSON instead of text.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier related" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier related" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier search" limit' -l 'limit' -d 'At most this many results.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier search"' -l 'corpus' -d 'A folder or file to read; repeat for several (default: ./seeds, or the settings file\'s corpus).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier search" ext' -l 'ext' -d 'File extensions read from folders, comma-separated.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier search" max-file-size' -l 'max-file-size' -d 'Skip files larger than this many megabytes (default 16).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier search" no-cache' -l 'no-cache' -d 'Analyse the corpus without reading or writing the cache.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier search" cache-dir' -l 'cache-dir' -d 'Keep the cache in this folder (default: $XDG_CACHE_HOME/dossier).' -rfa '(__dossier_complete_directories)'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier search" json' -l 'json' -d 'Print JSON instead of text.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier search" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier search" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier export" format' -l 'format' -d 'json, csv, dot or graphml.' -rfka 'json csv dot graphml'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier export" o output' -l 'output' -s 'o' -d 'Write to this file (atomically) instead of standard output.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier export" min-weight' -l 'min-weight' -d 'Leave out relations weaker than this (the network formats).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier export"' -l 'corpus' -d 'A folder or file to read; repeat for several (default: ./seeds, or the settings file\'s corpus).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier export" ext' -l 'ext' -d 'File extensions read from folders, comma-separated.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier export" max-file-size' -l 'max-file-size' -d 'Skip files larger than this many megabytes (default 16).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier export" no-cache' -l 'no-cache' -d 'Analyse the corpus without reading or writing the cache.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier export" cache-dir' -l 'cache-dir' -d 'Keep the cache in this folder (default: $XDG_CACHE_HOME/dossier).' -rfa '(__dossier_complete_directories)'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier export" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier sentences" -ge 1' -F
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier sentences" ext' -l 'ext' -d 'File extensions read from folders, comma-separated.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier sentences" max-file-size' -l 'max-file-size' -d 'Skip files larger than this many megabytes (default 16).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier sentences" no-cache' -l 'no-cache' -d 'Analyse the corpus without reading or writing the cache.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier sentences" cache-dir' -l 'cache-dir' -d 'Keep the cache in this folder (default: $XDG_CACHE_HOME/dossier).' -rfa '(__dossier_complete_directories)'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier sentences" json' -l 'json' -d 'Print JSON instead of tab-separated lines.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier sentences" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier sentences" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier board" -eq 1' -fa 'list' -d 'List the boards with their item counts.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier board" -eq 1' -fa 'show' -d 'Show a board\'s items with their citations.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier board" -eq 1' -fa 'add' -d 'Add sentences of an article to a board (sentence numbers as in `dossier sentences`, from 1).'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier board" -eq 1' -fa 'remove' -d 'Remove one item (by number) or a whole board.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_positional "dossier board" -eq 1' -fa 'export' -d 'Write a board with a citation for each item and the notes on its articles and actors.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board list" json' -l 'json' -d 'Print JSON: {"boards":[{"name","items"}],"folder"}.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board list"' -l 'corpus' -d 'A folder or file of the corpus (default: ./seeds).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board list" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board show" json' -l 'json' -d 'Print the board as JSON (as `export --format json`).'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board show"' -l 'corpus' -d 'A folder or file of the corpus (default: ./seeds).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board show" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board add" to' -l 'to' -d 'The last sentence, for a range.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board add"' -l 'corpus' -d 'A folder or file of the corpus (default: ./seeds).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board add" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board remove"' -l 'corpus' -d 'A folder or file of the corpus (default: ./seeds).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board remove" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board export" format' -l 'format' -d 'markdown or json.' -rfka 'markdown json'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board export" o output' -l 'output' -s 'o' -d 'Write to this file (atomically) instead of standard output.' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board export"' -l 'corpus' -d 'A folder or file of the corpus (default: ./seeds).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board export" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier board export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier notes" json' -l 'json' -d 'Print JSON: {"actors":{NAME:TEXT},"articles":{FILE:TEXT}}.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier notes"' -l 'corpus' -d 'A folder or file of the corpus (default: ./seeds).' -rfka ''
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier notes" version' -l 'version' -d 'Show the version.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier notes" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'dossier' -n '__dossier_should_offer_completions_for_flags_or_options "dossier help" version' -l 'version' -d 'Show the version.'
