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
    .testTarget(name: "OudergesprekKitTests", dependencies: ["OudergesprekKit"]),
    .testTarget(name: "EndToEndTests", dependencies: ["OudergesprekKit", "oudergesprek"]),
  ]
)
