import DossierFuzzing

#if canImport(Glibc)
    import Glibc
#endif

/// The target named by `DOSSIER_FUZZ` (parse, actors, dates, search, catalog).
let selectedTarget: FuzzTarget = {
    let name = getenv("DOSSIER_FUZZ").map { String(cString: $0) } ?? "parse"
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("DOSSIER_FUZZ=\(name): not a fuzz target")
    }
    return target
}()

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    selectedTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
