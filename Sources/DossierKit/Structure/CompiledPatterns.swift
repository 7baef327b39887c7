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
    nonisolated(unsafe) static let referenceAuthor = /^\s*(?:,\s*)?(?:&\s*|and\s+)?(\p{Lu}[\p{L}'’\-]+(?:\s(?:\p{Lu}[\p{L}'’\-]+|van|von|de|der|del|da|di))*),?\s+((?:\p{Lu}\p{Ll}{0,2}\.\s?(?:-\s?)?){1,3})/
    nonisolated(unsafe) static let referenceAuthorGiven = /^\s*(\p{Lu}[\p{L}'’\-]+),\s+(\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?)[.,]\s/
    nonisolated(unsafe) static let referenceYear = /^\s*[.,]?\s*\((\d{4})[a-z]?(?:,[^)]*)?\)\.?\s*/
    nonisolated(unsafe) static let italics = /\*([^*]+)\*/
    nonisolated(unsafe) static let trailingYear = /,?\s*(1[5-9]\d\d|20\d\d)\.?$/
    nonisolated(unsafe) static let narrativeYear = /\s*(\d{4})[a-z]?(?:\s*,\s*(.+?))?\s*/
    nonisolated(unsafe) static let bracketNumbers = /\s*\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*\s*/
}
