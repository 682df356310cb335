import Foundation

@testable import OudergesprekKit

/// Scenario files with test conversations, for the tests of playing and checking them.
enum TestPlanFixture {
  /// The small scenario whose test conversations pass and fail in every way a test conversation can.
  static let playedPath = Fixtures.path("testgesprekken/spelen.json")

  /// The played fixture, loaded, with its test conversations played.
  static let played: (loaded: LoadedScenario, plan: TestPlan, text: String) = {
    let loaded = ScenarioLoader.load(file: playedPath)
    let plan = loaded.scenario.map { TestPlan.run($0) } ?? TestPlan()
    let text = (try? String(contentsOfFile: playedPath, encoding: .utf8)) ?? ""
    return (loaded, plan, text)
  }()

  /// The minimal valid scenario with `testgesprekken` set to `json` (the text of a JSON list), loaded.
  static func minimal(withTests json: String) throws -> (loaded: LoadedScenario, text: String) {
    let base = try String(contentsOfFile: Fixtures.path("goed/minimaal.json"), encoding: .utf8)
    let end = try require(base.lastIndex(of: "}"))
    let text =
      base[..<end].trimmingCharacters(in: .whitespacesAndNewlines) + ",\n  \"testgesprekken\": " + json
      + "\n}\n"
    return (ScenarioLoader.load(bytes: Array(text.utf8), path: "minimaal.json"), text)
  }

  /// The 1-based number of the first line of `text` holding `needle`, after the first line holding `after`.
  static func line(of needle: String, after: String? = nil, in text: String) -> Int? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let start = after.flatMap { marker in lines.firstIndex { $0.contains(marker) } } ?? 0
    return lines[start...].firstIndex { $0.contains(needle) }.map { $0 + 1 }
  }
}

/// `#require` outside a test function: throws when the value is missing.
private func require<T>(_ value: T?) throws -> T {
  guard let value else { throw Fixtures.FixtureError(report: "ontbrekende waarde in de fixture") }
  return value
}
