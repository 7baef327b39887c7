import Foundation

/// Runs work on every core and gathers the results in input order, so that the output is the
/// same whatever the number of threads.
enum Parallel {
    /// A buffer that threads fill at distinct indices.
    private final class Slots<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T?>
        let count: Int
        init(_ count: Int) {
            self.count = count
            base = UnsafeMutablePointer<T?>.allocate(capacity: max(1, count))
            base.initialize(repeating: nil, count: max(1, count))
        }
        deinit {
            base.deinitialize(count: max(1, count))
            base.deallocate()
        }
    }

    /// Threads used (at least 1); `DOSSIER_THREADS` overrides the number of cores.
    static var threads: Int {
        if let v = ProcessInfo.processInfo.environment["DOSSIER_THREADS"], let n = Int(v), n >= 1 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// `transform` applied to every element of `items`, in parallel, results in order. With
    /// `eachAlone`, every item is a task of its own (few, uneven items); otherwise items are
    /// handed out in a few contiguous runs (many small ones).
    static func map<T: Sendable, R: Sendable>(
        _ items: [T], eachAlone: Bool = false, _ transform: @escaping @Sendable (Int, T) -> R
    ) -> [R] {
        let n = items.count
        let workers = threads
        if n < 2 || workers == 1 { return items.enumerated().map { transform($0.offset, $0.element) } }
        let slots = Slots<R>(n)
        // Runs of at most 64 items, so that no core waits long for the last one.
        let chunks = eachAlone ? n : min(n, max(workers * 4, n / 64))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lo = chunk * n / chunks
            let hi = (chunk + 1) * n / chunks
            for i in lo..<hi { (slots.base + i).pointee = transform(i, items[i]) }
        }
        return (0..<n).map { i in
            guard let r = (slots.base + i).pointee else { preconditionFailure("parallel slot \(i) left empty") }
            return r
        }
    }
}

/// A value filled in by another thread, read after a `DispatchGroup` wait.
final class Handoff<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}
