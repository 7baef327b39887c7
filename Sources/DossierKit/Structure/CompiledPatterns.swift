/// Regular expressions compiled once and shared by every parse.
///
/// `Regex` is not `Sendable`, but these are immutable after their first use and matching only
/// reads them; building a regex literal inside a loop instead recompiles it every time, which
/// cost more than the rest of parsing together.
enum CompiledPatterns {
    nonisolated(unsafe) static let email = /[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}/
    nonisolated(unsafe) static let orcid = /\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b/
    nonisolated(unsafe) static let doi = /\b10\.\d{4,9}\/[^\s<>"”]+/
    nonisolated(unsafe) static let url = /https?:\/\/[^\s<>"”]+/
    nonisolated(unsafe) static let year = /(1[5-9]\d\d|20\d\d|2100)/
    nonisolated(unsafe) static let isoDate = /\d{4}-\d{2}-\d{2}/
    nonisolated(unsafe) static let numberedHeading = /(\d{1,2}(?:\.\d{1,2})+)\.?\s+\S/
    nonisolated(unsafe) static let entryNumber = /\[?(\d{1,3})[.)\]]\s+/
    nonisolated(unsafe) static let entryNumberStart = /\[?\d{1,3}[.)\]]\s/
    nonisolated(unsafe) static let entrySurnameStart = /\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?,\s+\p{Lu}/
    nonisolated(unsafe) static let italics = /\*([^*]+)\*/
    nonisolated(unsafe) static let trailingYear = /,?\s*(1[5-9]\d\d|20\d\d)\.?$/
    nonisolated(unsafe) static let bracketNumbers = /\s*\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*\s*/

    /// Compiles every pattern once, before threads share them. Safe to call from several
    /// threads at once: the first caller compiles, the others wait (a `static let` runs once).
    static func warm() { _ = warmed }

    private static let warmed: Void = {
        _ = "a@b.cc".firstMatch(of: email)
        _ = "0000-0000-0000-0000".firstMatch(of: orcid)
        _ = "10.1000/x".firstMatch(of: doi)
        _ = "https://x".firstMatch(of: url)
        _ = "1999".firstMatch(of: year)
        _ = "1999-01-01".firstMatch(of: isoDate)
        _ = "1.2 X".prefixMatch(of: numberedHeading)
        _ = "1. x".prefixMatch(of: entryNumber)
        _ = "1. x".prefixMatch(of: entryNumberStart)
        _ = "Smith, J".prefixMatch(of: entrySurnameStart)
        _ = "*x*".firstMatch(of: italics)
        _ = ", 1999.".firstMatch(of: trailingYear)
        _ = "1, 2".wholeMatch(of: bracketNumbers)
        _ = Patterns.isDateOnly("May 1999")
        CitationFinder.warm()
    }()
}
