#if canImport(Glibc)
    import Glibc
#endif

/// Gives the memory that the allocator holds free back to the system. glibc keeps freed
/// small blocks for reuse, but the next large arrays are mapped afresh, so without this the
/// analysis's peak counts the freed memory a second time (at 10,000 articles, −90 MB after
/// the extractions are encoded).
enum FreedMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    /// glibc's `malloc_trim`, looked up at run time (it is not in the imported headers); nil
    /// on other C libraries.
    private static let trim: Trim? = {
        #if canImport(Glibc)
            guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: Trim.self)
        #else
            return nil
        #endif
    }()

    /// Returns free memory to the system (a few tens of milliseconds after large frees).
    static func release() { _ = trim?(0) }
}
