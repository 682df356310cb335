import Foundation
import OudergesprekKit

/// Paths to the test fixtures and the package's own folders.
enum Fixtures {
  /// The package root.
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // Fixtures.swift, Support, OudergesprekKitTests, Tests
    return url
  }()

  static let directory = packageRoot.appendingPathComponent("Tests/OudergesprekKitTests/Fixtures")

  /// The path of a fixture, e.g. `kapot/komma-mist.json`.
  static func path(_ name: String) -> String {
    directory.appendingPathComponent(name).path
  }

  /// The minimal valid scenario, loaded.
  static func minimalScenario() throws -> Scenario {
    let loaded = ScenarioLoader.load(file: path("goed/minimaal.json"))
    guard let scenario = loaded.scenario else { throw FixtureError(report: loaded.detailedReport) }
    return scenario
  }

  struct FixtureError: Error {
    var report: String
  }
}
