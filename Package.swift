// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "oudergesprek",
  products: [
    .executable(name: "oudergesprek", targets: ["oudergesprek"]),
    .library(name: "OudergesprekKit", targets: ["OudergesprekKit"]),
  ],
  targets: [
    .target(name: "OudergesprekKit"),
    .executableTarget(name: "oudergesprek", dependencies: ["OudergesprekKit"]),
    // Fixtures are read from the source tree (via #filePath), not bundled as resources.
    .testTarget(name: "OudergesprekKitTests", dependencies: ["OudergesprekKit"], exclude: ["Fixtures"]),
    .testTarget(name: "EndToEndTests", dependencies: ["OudergesprekKit", "oudergesprek"]),
  ]
)
