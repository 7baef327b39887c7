import DossierFuzzing
import Foundation
import Testing

/// Replays every input kept under `Tests/Fixtures/fuzz/TARGET`: hand-written starting points
/// and every crash the fuzzer found (`scripts/fuzz`). A broken invariant stops the test run.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    @Test(arguments: FuzzTarget.allCases)
    func keptInputsStillPass(target: FuzzTarget) throws {
        let folder = Self.root.appendingPathComponent(target.rawValue)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        #expect(!names.isEmpty, "no inputs for \(target.rawValue)")
        for name in names.sorted() {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            target.run(bytes)
        }
    }
}
