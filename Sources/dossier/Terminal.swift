import DossierKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to standard output and standard error, with document text made terminal-safe.
enum Terminal {
    /// Prints one line to standard output, sanitised.
    static func line(_ text: String) {
        for piece in text.split(separator: "\n", omittingEmptySubsequences: false) {
            print(TerminalSafe.sanitize(String(piece)))
        }
    }

    /// Prints raw text (already safe, such as JSON) to standard output.
    static func raw(_ text: String) {
        print(text)
    }

    /// Prints `dossier: message` to standard error.
    static func error(_ message: String) {
        writeError("dossier: " + TerminalSafe.sanitize(message) + "\n")
    }

    /// Prints a progress line to standard error.
    static func progress(_ message: String) {
        writeError(message + "\n")
    }

    /// Replaces the current line of standard error (a terminal) with `message`, no newline.
    static func overwrite(_ message: String) {
        writeError("\r\u{1B}[K" + message)
    }

    /// Prints a warning line to standard error.
    static func warning(_ message: String) {
        writeError("warning: " + TerminalSafe.sanitize(message) + "\n")
    }

    /// Writes bytes to file descriptor 2 directly (the C `stderr` global is not concurrency-safe).
    private static func writeError(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return write(2, base + offset, buffer.count - offset)
            }
            if n <= 0 { return }
            offset += n
        }
    }
}
