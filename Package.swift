// swift-tools-version:6.0
import PackageDescription

// Layers, from the pure core outwards (design.md §1):
//   ClaimFlow      domain + state machine (Foundation only)
//   ClaimScreens   Screen model, width-aware layout into a cell grid, key map
//   ClaimTapes     tape language and the headless player
//   TerminalShell  the only code that talks to ncursesw
//   seikyu         command line and wiring
let package = Package(
    name: "seikyu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "seikyu", targets: ["seikyu"]),
        .library(name: "ClaimFlow", targets: ["ClaimFlow"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "ClaimFlow"),
        .target(name: "ClaimScreens", dependencies: ["ClaimFlow"]),
        .target(name: "ClaimTapes", dependencies: ["ClaimFlow", "ClaimScreens"]),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "CTerminalGuard"),
        .target(name: "TerminalShell", dependencies: ["CNcursesw", "CTerminalGuard", "ClaimScreens"]),
        .executableTarget(
            name: "seikyu",
            dependencies: [
                "ClaimFlow", "ClaimScreens", "ClaimTapes", "TerminalShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ClaimFlowTests", dependencies: ["ClaimFlow"]),
        .testTarget(name: "ClaimScreensTests", dependencies: ["ClaimScreens"]),
        .testTarget(name: "TapeTests", dependencies: ["ClaimTapes"]),
        .testTarget(name: "TerminalTests", dependencies: ["ClaimFlow"]),
    ]
)
