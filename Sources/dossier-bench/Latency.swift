import Foundation

/// Percentiles of a set of durations in milliseconds.
struct Latency {
    var sorted: [Double]

    init(_ times: [Double]) { sorted = times.sorted() }

    func percentile(_ q: Double) -> Double {
        sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))]
    }

    var p50: Double { percentile(0.5) }
    var p99: Double { percentile(0.99) }
    var max: Double { sorted.last ?? 0 }

    /// Milliseconds of a duration.
    static func ms(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }
}
