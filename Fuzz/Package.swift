// swift-tools-version:6.0
import Foundation
import PackageDescription

// Fuzz targets for libFuzzer, kept out of the main package so that `swift build` and `swift test` never see
// them. Build and run them with `scripts/fuzz`: it passes `--sanitize=fuzzer --sanitize=address`, so the kit
// is instrumented too.

// A path dependency is known by its folder's name (the checkout may be called anything).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let kit = Target.Dependency.product(name: "OudergesprekKit", package: root.lastPathComponent.lowercased())

let package = Package(
  name: "oudergesprek-fuzz",
  dependencies: [.package(path: "..")],
  targets: [
    .executableTarget(name: "FuzzScenarioLoader", dependencies: [kit]),
    .executableTarget(name: "FuzzReplyAnalyzer", dependencies: [kit]),
    .executableTarget(name: "FuzzTranscriptReader", dependencies: [kit]),
  ]
)
