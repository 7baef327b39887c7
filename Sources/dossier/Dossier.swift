import ArgumentParser
import DossierKit

/// The `dossier` command: a terminal explorer for collections of articles.
@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Explore a folder of articles: their structure, actors and relations.",
        discussion: """
            `dossier [PATH...]` opens the explorer; without PATH, dossier reads the default corpus: `corpus =` in the settings file, else ./seeds.

            Exit codes: 0 success; 1 the corpus could not be opened (the only path given is \
            missing, unreadable or not text); 2 the explorer cannot run here (no terminal, TERM \
            unset or unknown); 64 a usage error.

            Files: settings and your catalog in $XDG_CONFIG_HOME/dossier (~/.config/dossier); \
            boards and notes in $XDG_DATA_HOME/dossier (~/.local/share/dossier). dossier never \
            writes inside a corpus.
            """,
        version: DossierVersion.current,
        subcommands: [
            ExploreCommand.self, ArticlesCommand.self, ActorsCommand.self, ActorCommand.self, TimelineCommand.self,
            RelationsCommand.self,
            RelatedCommand.self, SearchCommand.self, ExportCommand.self, SentencesCommand.self, BoardCommand.self,
            NotesCommand.self,
        ],
        defaultSubcommand: ExploreCommand.self
    )

    /// Runs the command, then waits for the cache file it may still be writing.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            PendingCacheWrite.finish(announce: command is ExploreCommand)
        } catch {
            PendingCacheWrite.finish()
            exit(withError: error)
        }
    }
}

/// The version printed by `--version`.
enum DossierVersion {
    static let current = "0.2.0"
}
