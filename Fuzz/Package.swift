// swift-tools-version: 6.1
// libFuzzer harness for dossier. Kept apart from the main package because a fuzz executable has
// no `main` and links only with `--sanitize=fuzzer`. Build and run with `scripts/fuzz`.
import Foundation
import PackageDescription

// A path dependency is named after its folder, which is whatever the clone was called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "dossier-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "dossier-fuzz",
            dependencies: [.product(name: "DossierFuzzing", package: root.lastPathComponent)],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
