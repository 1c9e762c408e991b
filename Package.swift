// swift-tools-version:6.0
import Foundation
import PackageDescription

// Layers, from the pure core outwards (design.md §1):
//   ClaimFlow      pure core: domain rules, flows, reducer (no disk, no clock, no environment)
//   ClaimStore     the disk: assets, the SQLite database (progress, records, audit trail), memos
//   ClaimScreens   pure views: Screen model, width-aware layout into a cell grid, key map
//   ClaimRuntime   the session: keys -> events -> reducer, runs effects, feeds results back
//   ClaimTapes     tape language and the headless player
//   TerminalShell  the only code that talks to ncursesw
//   seikyu         command line and wiring
let package = Package(
    name: "seikyu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "seikyu", targets: ["seikyu"]),
        .library(name: "ClaimFlow", targets: ["ClaimFlow"]),
        // bench/run.sh: the cost of one saved keystroke against years of history (issue 11).
        .executable(name: "seikyu-bench-store", targets: ["StoreBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "ClaimFlow"),
        // SQLite's C API: the store's own small layer (Sources/ClaimStore/SQLite), no Foundation.
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "ClaimStore", dependencies: ["ClaimFlow", "CSQLite"]),
        .target(name: "ClaimScreens", dependencies: ["ClaimFlow"]),
        .target(name: "ClaimRuntime", dependencies: ["ClaimFlow", "ClaimStore", "ClaimScreens"]),
        .target(name: "ClaimTapes", dependencies: ["ClaimFlow", "ClaimScreens", "ClaimRuntime", "ClaimStore"]),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "CTerminalGuard"),
        .target(name: "TerminalShell", dependencies: ["CNcursesw", "CTerminalGuard", "ClaimScreens", "ClaimRuntime"]),
        .executableTarget(
            name: "seikyu",
            dependencies: [
                "ClaimFlow", "ClaimStore", "ClaimScreens", "ClaimRuntime", "ClaimTapes", "TerminalShell", "CTerminalGuard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A benchmark, not a test: `swift test` builds it and never runs it.
        .executableTarget(name: "StoreBenchmark", dependencies: ["ClaimFlow", "ClaimStore", "ClaimScreens", "ClaimRuntime"]),
        .testTarget(name: "ClaimFlowTests", dependencies: ["ClaimFlow", "ClaimStore"]),
        .testTarget(name: "ClaimStoreTests", dependencies: [
            "ClaimFlow", "ClaimStore", "ClaimRuntime",
        ]),
        .testTarget(name: "ClaimScreensTests", dependencies: ["ClaimScreens", "ClaimRuntime", "ClaimStore"]),
        .testTarget(name: "CommandLineTests", dependencies: [
            "seikyu", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "TapeTests", dependencies: ["ClaimTapes", "ClaimStore"]),
        .testTarget(name: "TerminalTests", dependencies: ["ClaimFlow", "ClaimStore"]),
    ]
)

// Issue 19: the release binaries are fully static: the Swift runtime, FoundationEssentials (no full
// Foundation: nothing imports it, so CoreFoundation and ICU stay out), SQLite, ncursesw and the C library
// inside one file (`ldd`: "not a dynamic executable"). Loading and relocating shared
// libraries was a large part of the start-up, and each library keeps whole pages resident for the
// few functions it lends: libc, libstdc++, libsqlite3, libm and the loader held 5.4 MiB of the peak
// (/proc smaps); linked in, only the functions used are paged in, and the link order below puts them
// side by side. The binary runs where no Swift is installed. The compiler needs the flag too: it then
// reads the static modules, whose link entries bring their libraries (Synchronization, Dispatch…)
// along; linking alone misses them, and a target compiled so must be linked so.
// A static executable has no PIE and so no relocations for the loader to apply at start.
// Metadata of generic types (a Dictionary keyed by our own types, say) is reached by direct accessors,
// not looked up by mangled name at run time: each such lookup checked the key's Hashable conformance by
// walking all 6,874 conformance records of the binary, ~0.4 M instructions a type, 18 M at start-up.
// Exclusive access to class properties is checked at run time in debug builds (every test runs so) and
// not in the release binary: the checks were one key in twenty of a headless frame (issue 19, callgrind:
// swift_beginAccess and its access set on every read of a memo's arrays), and a violation is a
// programming error the tests catch, never something input can cause.
let staticStdlib = SwiftSetting.unsafeFlags([
    "-static-stdlib", "-Xfrontend", "-function-sections",
    "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors",
    "-enforce-exclusivity=unchecked",
], .when(configuration: .release))
// The functions a clerk's session runs are placed side by side (packaging/link-order.txt, written by
// tools/generate-link-order.sh; each function in its own section so the linker can move it): a page of
// code is mapped whole (and the kernel maps its neighbours with it), and scattered over the binary those
// functions kept 12.1 MB of it resident; side by side 7.0 MB (VmHWM on the checklist 22.2 → 18.5 MiB).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
let linkOrder = packageRoot + "/packaging/link-order.txt"
var releaseLinkFlags = ["-static-executable", "-use-ld=lld"]
if FileManager.default.fileExists(atPath: linkOrder) {
    releaseLinkFlags += ["-Xlinker", "--symbol-ordering-file=" + linkOrder, "-Xlinker", "--no-warn-symbol-ordering"]
}
for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? []) + [staticStdlib]
    if target.type == .executable {
        target.linkerSettings = (target.linkerSettings ?? []) + [.unsafeFlags(releaseLinkFlags, .when(configuration: .release))]
    }
}
