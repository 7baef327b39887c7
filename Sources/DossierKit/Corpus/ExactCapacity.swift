extension Array {
    /// The array with no notable spare capacity: an array grown by appending keeps up to half its
    /// size unused, which, over the blocks, sentences and citations of 10,000 articles, is
    /// tens of megabytes held for the life of the corpus.
    func withExactCapacity() -> [Element] {
        // The allocator rounds sizes up: a few elements of slack are what an exact request gets.
        guard capacity > count + count / 16 + 2 else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            let end = withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
            initialized = end
        }
    }
}

extension ArticleStructure {
    /// Gives back the spare capacity of the per-article lists, once the parse is done.
    mutating func trimCapacity() {
        blocks = blocks.withExactCapacity()
        sentences = sentences.withExactCapacity()
        references = references.withExactCapacity()
        citations = citations.withExactCapacity()
        hidden = hidden.withExactCapacity()
        sections = sections.withExactCapacity()
    }
}
