// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
        .library(name: "DossierFuzzing", targets: ["DossierFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // The document model: corpus loading, text, structure. No terminal code.
        .target(name: "DossierKit", exclude: ["Actors/Data"]),
        // The explorer's state, key handling and views, rendered into a grid of cells (no ncurses).
        .target(name: "DossierUI", dependencies: ["DossierKit"]),
        // ncursesw with the wide-character API.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        // The thin terminal backend: paints a canvas, reads keys, restores the terminal.
        .target(name: "DossierTerminal", dependencies: ["DossierUI", "CNcursesw"]),
        // The command-line front end.
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit", "DossierUI", "DossierTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz targets' entry points and invariants, shared by `Fuzz/` and the regression tests.
        .target(name: "DossierFuzzing", dependencies: ["DossierKit"]),
        // Throughput benchmark of the analysis pipeline.
        .executableTarget(name: "dossier-bench", dependencies: ["DossierKit", "DossierUI"]),
        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit", "DossierFuzzing"]),
        .testTarget(name: "DossierUITests", dependencies: ["DossierUI"]),
        // Runs the built `dossier` binary as a user would.
        .testTarget(name: "CommandLineTests", dependencies: ["dossier"]),
    ],
    swiftLanguageModes: [.v6]
)
