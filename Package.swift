// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // The document model: corpus loading, text, structure. No terminal code.
        .target(name: "DossierKit", exclude: ["Actors/Data"]),
        // The command-line front end.
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput benchmark of the analysis pipeline.
        .executableTarget(name: "dossier-bench", dependencies: ["DossierKit"]),
        .testTarget(name: "DossierKitTests", dependencies: ["DossierKit"]),
        // Runs the built `dossier` binary as a user would.
        .testTarget(name: "CommandLineTests", dependencies: ["dossier"]),
    ],
    swiftLanguageModes: [.v6]
)
